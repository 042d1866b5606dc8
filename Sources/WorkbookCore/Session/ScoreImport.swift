/// Scores read from CSV text with the columns `participant,item,score`: a participant's name (or
/// id), a score item id, and 1–5, `?` (don't know) or `na` (not applicable). A first row
/// `participant,item,score` is taken as a header. Every row is checked; if any is bad, nothing
/// is imported and every bad row is reported.
public struct ScoreImport: Sendable, Equatable {
  /// One score to set.
  public struct Row: Sendable, Equatable {
    public var line: Int
    public var participantID: String
    public var itemID: String
    public var answer: ScoreAnswer

    public init(line: Int, participantID: String, itemID: String, answer: ScoreAnswer) {
      self.line = line
      self.participantID = participantID
      self.itemID = itemID
      self.answer = answer
    }
  }

  public var rows: [Row]
  /// The strategy's score items, to tell who has now answered every one.
  public var itemIDs: [String]

  public static let header = ["participant", "item", "score"]

  /// Reads `text` against the session's participants and the strategy's score items.
  public init(csv text: String, session: Session, strategy: Strategy) throws(ScoreImportFailure) {
    let (records, csvProblems) = ScoreImportCSV.records(in: text)
    var problems = csvProblems
    var rows: [Row] = []
    var firstLine: [String: Int] = [:]
    for (position, record) in records.enumerated() {
      if position == 0, record.fields.map({ $0.lowercased() }) == Self.header { continue }
      switch Self.row(from: record, session: session, strategy: strategy) {
      case .success(let row):
        let key = row.participantID + "\u{0}" + row.itemID
        if let earlier = firstLine[key] {
          problems.append(
            ScoreImportProblem(
              line: record.line,
              message: "\(record.fields[0])'s score for \(row.itemID) is already given on line "
                + "\(earlier); keep one of the two rows"))
        } else {
          firstLine[key] = record.line
          rows.append(row)
        }
      case .failure(let problem):
        problems.append(problem)
      }
    }
    guard problems.isEmpty else {
      throw ScoreImportFailure(problems: problems.sorted { $0.line < $1.line })
    }
    self.rows = rows
    itemIDs = strategy.scoreItems.map(\.id)
  }

  /// The session with the imported scores set, replacing earlier answers to the same items.
  /// A participant the file gives scores for, who now has an answer to every item, has finished
  /// scoring. An import never reveals a workshop's scores: the facilitator does, in front of the
  /// room. A solo session is revealed when its person has finished, as confirming does in the
  /// workbook.
  public func applied(to session: Session) -> Session {
    var result = session
    for row in rows {
      guard let index = result.participants.firstIndex(where: { $0.id == row.participantID })
      else { continue }
      result.participants[index].scores[row.itemID] = row.answer
    }
    let named = Set(rows.map(\.participantID))
    for index in result.participants.indices where named.contains(result.participants[index].id) {
      let scores = result.participants[index].scores
      if itemIDs.allSatisfy({ scores[$0] != nil }) {
        result.participants[index].finishedScoring = true
      }
    }
    if result.mode == .solo && result.participants.allSatisfy(\.finishedScoring) {
      result.scoresRevealed = true
    }
    return result
  }

  private static func row(from record: ScoreImportCSV.Record, session: Session, strategy: Strategy)
    -> Result<Row, ScoreImportProblem>
  {
    func problem(_ message: String) -> Result<Row, ScoreImportProblem> {
      .failure(ScoreImportProblem(line: record.line, message: message))
    }
    guard record.fields.count == 3 else {
      return problem(
        "expected 3 fields (participant,item,score), found \(record.fields.count)")
    }
    // A cell exported for spreadsheets has an apostrophe before a leading = + - @ (see
    // `CSVFormulaGuard`): the value is what follows it, so an export imports back as it was.
    let fields = record.fields.map(CSVFormulaGuard.unguarded)
    for (field, column) in zip(fields, Self.header) {
      if let message = LineText.problem(in: field, field: "the \(column) cell") {
        return problem(message)
      }
    }
    let (name, itemID, token) = (fields[0], fields[1], fields[2])
    guard let participant = participant(named: name, in: session) else {
      if session.anonymous || session.participants.isEmpty {
        return problem("no participant \"\(name)\" in this session")
      }
      let names = session.participants.map(\.name).joined(separator: ", ")
      return problem("no participant \"\(name)\" in this session; it has \(names)")
    }
    guard strategy.scoreItem(id: itemID) != nil else {
      let ids = strategy.scoreItems.map(\.id).joined(separator: ", ")
      return problem("no score item \"\(itemID)\"; the items are \(ids)")
    }
    let scale = strategy.scale.values
    guard let answer = ScoreAnswer(token: token, scale: scale) else {
      let shown = token.isEmpty ? "the score is empty" : "\"\(token)\" is not a score"
      return problem(
        "\(shown); use \(scale.lowerBound)–\(scale.upperBound), ? for don't know, "
          + "or na for not applicable")
    }
    return .success(
      Row(line: record.line, participantID: participant.id, itemID: itemID, answer: answer))
  }

  /// The participant whose name matches (ignoring case), else whose id matches.
  private static func participant(named name: String, in session: Session) -> Participant? {
    let lowered = name.lowercased()
    return session.participants.first { $0.name.lowercased() == lowered }
      ?? session.participants.first { $0.id == name }
  }
}
