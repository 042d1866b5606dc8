import WorkbookCore

/// Private turns: who may start one, where it starts, recording answers, finishing with gaps.
/// Plain functions over the session: a front end keeps its own screens (a hand-over pause, a
/// check before confirming) and asks these for every rule.
extension Session {
  /// The participant with this id, if the session has one.
  public func participant(id: String) -> Participant? {
    participants.first { $0.id == id }
  }

  /// Whether the person has confirmed scores that are still hidden (a workshop before the
  /// reveal): then their turn can only start again from a blank form. A solo session's scores
  /// are its one person's own, never hidden from them.
  public func mustStartAgain(_ participantID: String) -> Bool {
    guard let participant = participant(id: participantID) else { return false }
    return participant.finishedScoring && scoresHidden
  }

  /// How the person's turn starts, or nil when the session has nobody with that id.
  public func turnStart(_ participantID: String, strategy: Strategy) -> TurnStart? {
    guard participant(id: participantID) != nil else { return nil }
    if mustStartAgain(participantID) { return .startAgainFromBlank }
    if mode == .solo { return .scoring(item: firstUnanswered(participantID, strategy: strategy)) }
    return .handOver
  }

  /// The turn once the keyboard is handed over: asked again (`startAgainFromBlank`) if the
  /// person's hidden answers came back meanwhile (an undo), else their first item not answered.
  public func turnAfterHandOver(_ participantID: String, strategy: Strategy) -> TurnStart {
    mustStartAgain(participantID)
      ? .startAgainFromBlank : .scoring(item: firstUnanswered(participantID, strategy: strategy))
  }

  /// Clears a person's answers and their confirmation: a turn started again from blank.
  public mutating func clearTurn(_ participantID: String) {
    guard let index = participants.firstIndex(where: { $0.id == participantID }) else { return }
    participants[index].scores = [:]
    participants[index].finishedScoring = false
  }

  /// Where a turn starts: the first item the person has not answered, or the first item.
  public func firstUnanswered(_ participantID: String, strategy: Strategy) -> Int {
    guard let participant = participant(id: participantID) else { return 0 }
    return strategy.scoreItems.firstIndex { participant.scores[$0.id] == nil } ?? 0
  }

  /// How many items the person has not answered: their turn's gaps.
  public func unansweredCount(_ participantID: String, strategy: Strategy) -> Int {
    participant(id: participantID)?.unansweredItems(of: strategy).count ?? 0
  }

  /// The person's answer to the item at `item` (an index into the strategy's score items).
  public func answer(of participantID: String, item: Int, strategy: Strategy) -> ScoreAnswer? {
    guard let itemID = strategy.scoreItems[safe: item]?.id else { return nil }
    return participant(id: participantID)?.scores[itemID]
  }

  /// Records the person's answer to the item at `item`.
  public mutating func record(
    _ answer: ScoreAnswer, participantID: String, item: Int, strategy: Strategy
  ) {
    guard let itemID = strategy.scoreItems[safe: item]?.id,
      let index = participants.firstIndex(where: { $0.id == participantID })
    else { return }
    participants[index].scores[itemID] = answer
  }

  /// Whether confirming the turn needs a second confirmation: items are not answered.
  public func finishingHasGaps(_ participantID: String, strategy: Strategy) -> Bool {
    unansweredCount(participantID, strategy: strategy) > 0
  }

  /// The person confirms their turn, gaps and all (a front end asks twice when there are gaps,
  /// `finishingHasGaps`). A solo session reveals its scores on finishing.
  @discardableResult
  public mutating func finishTurn(_ participantID: String) -> TurnFinish {
    if let index = participants.firstIndex(where: { $0.id == participantID }) {
      participants[index].finishedScoring = true
      if mode == .solo { scoresRevealed = true }
    }
    return scoresHidden ? .hidden : .visible
  }

  /// The person who scores next: the first who has not confirmed, if anyone.
  public var nextToScore: Int? {
    participants.firstIndex { !$0.finishedScoring }
  }
}
