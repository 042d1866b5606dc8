/// How scoring again after the reveal starts.
public enum Rescore: Sendable, Equatable {
  /// A solo session: its one person scores again from the first item.
  case ownTurn(participantID: String)
  /// A workshop: someone is chosen from the list of who scores, then their turn starts.
  case chooseScorer
}
