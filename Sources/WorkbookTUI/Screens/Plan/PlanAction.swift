/// What a user can do in the Plan step (typing in a cell goes through `Action.textEditor`).
public enum PlanAction: Sendable, Equatable {
  /// The row before or after (PgUp PgDn [ ] everywhere, and ↑↓ in the table).
  case moveUp
  case moveDown
  /// The column before or after (the field above or below, in the card view: ↑↓ there).
  case moveLeft
  case moveRight
  /// Enter: write in the selected cell.
  case editCell
  /// Adds an empty row at the end and starts writing its first cell.
  case addRow
  /// Deletes the selected row; undo brings it back.
  case deleteRow
  /// Moves the selected row one place up or down the plan.
  case moveRowUp
  case moveRowDown
}
