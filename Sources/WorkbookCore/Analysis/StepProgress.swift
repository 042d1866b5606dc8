/// How far a session has come in one step of the flow: `completed` of `total` things done.
public struct StepProgress: Sendable, Equatable, Codable {
  public var completed: Int
  public var total: Int

  public init(completed: Int, total: Int) {
    self.completed = completed
    self.total = total
  }

  public var isComplete: Bool { total > 0 && completed >= total }
  public var isStarted: Bool { completed > 0 }
  /// Whole percent, 0 when there is nothing to do yet.
  public var percent: Int { total == 0 ? 0 : completed * 100 / total }
}

/// Progress in each step that collects answers, for every front end to show.
public struct SessionProgress: Sendable, Equatable, Codable {
  /// Participants who have finished scoring, of all participants. People, never answers, so that
  /// progress says nothing of anyone's scores before the reveal.
  public var scores: StepProgress
  /// Reflection questions with an answer.
  public var reflection: StepProgress
  /// Recommendations with a status other than "not reviewed".
  public var recommendations: StepProgress
  /// Plan rows with every column filled in, of all plan rows.
  public var plan: StepProgress

  public init(session: Session, strategy: Strategy) {
    scores = StepProgress(
      completed: session.participants.count(where: \.finishedScoring),
      total: session.participants.count)
    reflection = StepProgress(
      completed: strategy.reflectionQuestions.count {
        !(session.reflection[$0.id]?.isEmpty ?? true)
      },
      total: strategy.reflectionQuestions.count)
    // The strategy's recommendations are gathered from its groups at every asking: once here.
    // Without any review, every one is "not reviewed" (`Session.review(of:)`'s default).
    let allRecommendations = strategy.recommendations
    recommendations = StepProgress(
      completed: session.reviews.isEmpty
        ? 0
        : allRecommendations.count { session.review(of: $0.id).status != .notReviewed },
      total: allRecommendations.count)
    var columnIDs: [String] = []
    for column in strategy.plan.columns where !columnIDs.contains(column.id) {
      columnIDs.append(column.id)
    }
    plan = StepProgress(
      completed: session.plan.count { Self.isFilledIn($0, columnIDs: columnIDs) },
      total: session.plan.count)
  }

  /// Whether every column of `columnIDs` (no id twice) has text in `row`. The row's cells
  /// are walked instead of looked up by column: a lookup hashes the column's id, a walk compares
  /// short ids, and this runs for every row whenever the step bar's progress is made.
  static func isFilledIn(_ row: PlanRow, columnIDs: [String]) -> Bool {
    guard row.cells.count >= columnIDs.count else { return false }
    var filled = 0
    for (column, text) in row.cells where columnIDs.contains(column) && hasText(text) {
      filled += 1
    }
    return filled == columnIDs.count
  }

  /// Whether a cell holds a character that is not whitespace. Not trimmingSpaces(): this runs for
  /// every cell whenever the step bar's progress is made, and finding one such character needs no
  /// new string. Read by bytes up to the first byte that is not ASCII: an ASCII byte that is not
  /// whitespace, after only ASCII whitespace, begins a character that is not whitespace (a
  /// character is whitespace by its first scalar).
  static func hasText(_ text: String) -> Bool {
    for byte in text.utf8 {
      guard byte < 0x80 else { return text.contains { !$0.isWhitespace } }
      if !byte.isASCIIWhitespace { return true }
    }
    return false
  }

  /// The share of the scoring, reflection and review done, as a whole percent (the plan has no
  /// fixed size, so it does not count).
  public var overallPercent: Int {
    let parts = [scores, reflection, recommendations]
    let total = parts.reduce(0) { $0 + $1.total }
    return total == 0 ? 0 : parts.reduce(0) { $0 + $1.completed } * 100 / total
  }
}
