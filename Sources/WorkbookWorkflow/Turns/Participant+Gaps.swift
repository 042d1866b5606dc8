import WorkbookCore

extension Participant {
  /// The strategy's score items this person has not answered, in the strategy's order: their
  /// turn's gaps.
  public func unansweredItems(of strategy: Strategy) -> [ScoreItem] {
    strategy.scoreItems.filter { scores[$0.id] == nil }
  }
}
