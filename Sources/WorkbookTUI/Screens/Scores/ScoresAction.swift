import WorkbookCore

/// What a user can do in the Scores step.
public enum ScoresAction: Sendable, Equatable {
  /// In a list, the one above or below; while scoring, the choice above or below.
  case moveUp
  case moveDown
  /// Enter on the list of who scores (or on the solo invitation): start that person's turn.
  case choose
  /// y when asked whether to start a finished person's turn again: their answers are cleared.
  case confirmRestart
  /// n or Esc to that question: nothing changes.
  case cancelRestart
  /// Enter on the privacy screen: the person has the keyboard.
  case beginTurn
  /// The answer to the item on screen, recorded at once; the item stays on screen.
  case answer(ScoreAnswer)
  /// Enter while scoring: takes the highlighted choice and goes on to the next item; with
  /// nothing chosen, stays and says how to answer.
  case takeChoice
  /// → while scoring: as `takeChoice`, but an item with nothing chosen is skipped, saying so.
  case nextItem
  /// ← while scoring, the item before; on the check, back to the items.
  case previousItem
  /// Enter on the check: the person confirms, and the screen clears. With items not answered,
  /// the first Enter asks for a second.
  case confirm
  /// Esc: one level back (leaving a turn keeps the answers given).
  case back
  /// A key that means nothing in a private turn: the status line says which keys do.
  case otherKey
  case reveal
  case confirmReveal
  case cancelReveal
  /// After the reveal: score again.
  case rescore
}
