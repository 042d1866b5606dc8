import WorkbookCore

/// Where a session stands for the reveal: what a front end says before revealing, or why there is
/// nothing to reveal.
public enum RevealReadiness: Sendable, Equatable {
  /// A solo session: its scores show to its person once confirmed; it has no reveal.
  case soloNeedsNone
  case alreadyRevealed
  /// A workshop where nobody has confirmed their scores.
  case nobodyHasScored
  /// Some have confirmed; these people, in scoring order, have not.
  case waitingFor([Participant])
  case everyoneHasScored
}

extension Session {
  public var revealReadiness: RevealReadiness {
    guard mode == .workshop else { return .soloNeedsNone }
    guard !scoresRevealed else { return .alreadyRevealed }
    let waiting = participants.filter { !$0.finishedScoring }
    if waiting.isEmpty { return .everyoneHasScored }
    return waiting.count == participants.count ? .nobodyHasScored : .waitingFor(waiting)
  }
}
