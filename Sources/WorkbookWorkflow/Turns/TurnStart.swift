/// How a person's private turn starts, as the workflow decides it; a front end shows it.
public enum TurnStart: Sendable, Equatable {
  /// The person has confirmed scores that are still hidden: their turn can only start again
  /// from a blank form, once someone says so (`Session.clearTurn`), since their answers must not
  /// show to whoever holds the keyboard.
  case startAgainFromBlank
  /// A workshop: the keyboard is handed over first, on a screen that shows nobody's scores.
  case handOver
  /// Straight to the items (a solo session, or after the hand-over), at this item index.
  case scoring(item: Int)
}
