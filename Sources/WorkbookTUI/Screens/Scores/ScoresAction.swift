import WorkbookCore

/// What a user can do in the Scores step.
public enum ScoresAction: Sendable, Equatable {
  case moveUp
  case moveDown
  /// Enter on the list of who scores (or on the solo invitation): start that person's turn.
  case choose
  /// Enter on the privacy screen: the person has the keyboard.
  case beginTurn
  /// The answer to the item on screen; moves on to the next item.
  case answer(ScoreAnswer)
  case nextItem
  case previousItem
  /// Enter on the review: the person confirms, and the screen clears.
  case confirm
  /// Esc: one level back (leaving a turn keeps the answers given).
  case back
  case reveal
  case confirmReveal
  case cancelReveal
  /// After the reveal: score again.
  case rescore
}
