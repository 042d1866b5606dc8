import WorkbookCore

/// What JSON decoding cannot see but a hand-edited file can get wrong: two participants with one
/// id (their answers would mix) and scores outside the scale (they would skew every mean).
enum SessionFileCheck {
  static func check(_ session: Session) throws(SessionFileProblem) {
    var seen: [String: Int] = [:]
    let scale = ScoreScale().values
    for (index, participant) in session.participants.enumerated() {
      let path = "session.participants[\(index)]"
      if let first = seen[participant.id] {
        throw .invalidField(
          path: path + ".id",
          detail: "is \"\(participant.id)\", as is participants[\(first)]'s; give each their own id"
        )
      }
      seen[participant.id] = index
      for itemID in participant.scores.keys.sorted() {
        guard let value = participant.scores[itemID]?.value, !scale.contains(value) else {
          continue
        }
        throw .invalidField(
          path: "\(path).scores.\(itemID)",
          detail: "is \(value); a score is \(scale.lowerBound)–\(scale.upperBound), \"?\" or \"na\""
        )
      }
    }
  }
}
