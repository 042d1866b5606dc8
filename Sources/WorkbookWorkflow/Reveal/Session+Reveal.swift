import WorkbookCore

/// The reveal and what it allows.
extension Session {
  /// Whether the facilitator may reveal the scores: only while they are hidden (a workshop not
  /// yet revealed). The reveal does not wait for everyone: who has not scored simply has no
  /// scores in the results.
  public var mayReveal: Bool { scoresHidden }

  /// Reveals the scores, when they may be revealed.
  public mutating func reveal() {
    guard mayReveal else { return }
    scoresRevealed = true
  }

  /// Whether a turn starts from the list of who scores: before the reveal, each person takes
  /// their private turn from it; after, scoring again goes through `rescore`.
  public var turnsStartFromList: Bool { !scoresRevealed }

  /// How scoring again starts, once the scores are revealed; nil before.
  public var rescore: Rescore? {
    guard scoresRevealed else { return nil }
    if mode == .solo, let only = participants.first { return .ownTurn(participantID: only.id) }
    return .chooseScorer
  }
}
