import WorkbookCore

/// What JSON decoding cannot see but a hand-edited file can get wrong: two participants with one
/// id (their answers would mix), scores outside the scale (they would skew every mean), and
/// anonymous labels that do not give each participant one number, an agenda with a step the
/// workbook does not have or minutes it cannot count down, and a review of an earlier plan or a
/// carried row that refers to an earlier row the file does not hold, and a language that is not
/// a language tag.
enum SessionFileCheck {
  static func check(_ session: Session) throws(SessionFileProblem) {
    try checkParticipants(session)
    try checkLabelOrder(session)
    try checkAgenda(session)
    try checkEarlierSession(session)
    try checkLanguage(session)
  }

  private static func checkLanguage(_ session: Session) throws(SessionFileProblem) {
    guard let language = session.language, LanguageTag(language) == nil else { return }
    throw .invalidField(
      path: "session.language",
      detail: "is \"\(language)\", which is not a language tag; use one such as de, fr or en, "
        + "or remove the field")
  }

  private static func checkEarlierSession(_ session: Session) throws(SessionFileProblem) {
    let earlierRows = Set(session.basedOn?.snapshot.plan.map(\.id) ?? [])
    if let earlier = session.basedOn {
      if earlier.snapshot.strategyID != session.strategyID {
        throw .invalidField(
          path: "session.basedOn.snapshot.strategyID",
          detail: "is \"\(earlier.snapshot.strategyID)\"; a session is based on one of its own "
            + "strategy (\"\(session.strategyID)\")")
      }
      for rowID in earlier.planReview.keys.sorted() where !earlierRows.contains(rowID) {
        throw .invalidField(
          path: "session.basedOn.planReview.\(rowID)",
          detail: "reviews a row the earlier plan does not have; remove it")
      }
    }
    for (index, row) in session.plan.enumerated() {
      guard let earlierID = row.carriedFrom, !earlierRows.contains(earlierID) else { continue }
      throw .invalidField(
        path: "session.plan[\(index)].carriedFrom",
        detail: "is \"\(earlierID)\", which is not a row of the earlier session's plan; remove it")
    }
  }

  private static func checkAgenda(_ session: Session) throws(SessionFileProblem) {
    guard let agenda = session.agenda else { return }
    for (stepID, minutes) in agenda.minutes.sorted(by: { $0.key < $1.key }) {
      guard Agenda.stepIDs.contains(stepID) else {
        throw .invalidField(
          path: "session.agenda.\(stepID)",
          detail: "is not a step; the steps are \(Agenda.stepIDs.joined(separator: ", "))")
      }
      guard (0...Agenda.maximumMinutes).contains(minutes) else {
        throw .invalidField(
          path: "session.agenda.\(stepID)",
          detail: "is \(minutes); a step's minutes are 0–\(Agenda.maximumMinutes)")
      }
    }
  }

  private static func checkLabelOrder(_ session: Session) throws(SessionFileProblem) {
    let ids = session.participants.map(\.id)
    guard session.labelOrder.sorted() != ids.sorted() else { return }
    let listed = session.labelOrder.map { "\"\($0)\"" }.joined(separator: ", ")
    let wanted = ids.map { "\"\($0)\"" }.joined(separator: ", ")
    throw .invalidField(
      path: "session.labelOrder",
      detail: "is [\(listed)]; it should list each participant's id once (\(wanted)), or be "
        + "removed to have the labels worked out again")
  }

  private static func isOnScale(_ answer: ScoreAnswer, _ scale: ClosedRange<Int>) -> Bool {
    answer.value.map { scale.contains($0) } ?? true
  }

  private static func checkParticipants(_ session: Session) throws(SessionFileProblem) {
    var seen: [String: Int] = [:]
    seen.reserveCapacity(session.participants.count)
    let scale = ScoreScale().values
    for (index, participant) in session.participants.enumerated() {
      // One lookup: an id seen before gives back the index it was first seen at.
      if let first = seen.updateValue(index, forKey: participant.id) {
        throw .invalidField(
          path: "session.participants[\(index)].id",
          detail: "is \"\(participant.id)\", as is participants[\(first)]'s; give each their own id"
        )
      }
      // Only scores with one off the scale are gone through again, in order, so that the first
      // one off it is named; nearly every participant has none.
      guard participant.scores.values.contains(where: { !isOnScale($0, scale) }) else { continue }
      let path = "session.participants[\(index)]"
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
