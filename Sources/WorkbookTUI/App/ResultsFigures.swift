import WorkbookCore

/// What the Results show that follows from the scores alone: the analysis, each item's change
/// since the earlier session, and who to ask about a split, by name. The names of 200 people
/// were looked up and joined on every frame; now once per change of the session.
struct ResultsFigures: Sendable {
  /// Who scored lowest and who highest on an item the team split on, each named as the screens
  /// name participants (`Session.displayNamesByID`) and joined by ", ".
  struct SplitScorers: Sendable, Equatable {
    let lowest: String
    let highest: String
  }

  let analysis: ScoreAnalysis
  /// By item id; empty when the session is not based on an earlier one.
  let changes: [String: ResultsChange]
  /// By item id, for the items that need discussion and have scorers to name.
  let splitScorers: [String: SplitScorers]

  init(session: Session, strategy: Strategy) {
    analysis = ScoreAnalysis(session: session, strategy: strategy)
    var changes: [String: ResultsChange] = [:]
    for item in session.comparisonWithEarlier(strategy: strategy)?.items ?? [] {
      changes[item.itemID] = changes[item.itemID] ?? ResultsChange(comparison: item)
    }
    self.changes = changes
    let split = analysis.items.filter { $0.needsDiscussion && !$0.lowestScorers.isEmpty }
    guard !split.isEmpty else {
      splitScorers = [:]
      return
    }
    let names = session.displayNamesByID()
    func joined(_ ids: [String]) -> String { ids.compactMap { names[$0] }.joined(separator: ", ") }
    var splitScorers: [String: SplitScorers] = [:]
    for result in split where splitScorers[result.itemID] == nil {
      splitScorers[result.itemID] = SplitScorers(
        lowest: joined(result.lowestScorers), highest: joined(result.highestScorers))
    }
    self.splitScorers = splitScorers
  }
}
