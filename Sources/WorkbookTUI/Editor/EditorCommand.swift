/// What a key asks of a text editor. `EditorKeys` binds keys to commands: the editor, the help,
/// the status line and the hint under a field all read that one table.
public enum EditorCommand: Sendable, Equatable {
  /// Enter: a new line in a multi-line field, keeping the text in a one-line field.
  case enter
  /// Ctrl-D: keep the text and close the field.
  case finish
  /// Esc: put the text back as it was (after changes, only once asked twice).
  case cancel
  case deleteBackward, deleteForward, deleteWordBackward, deleteToLineStart, deleteToLineEnd
  case undo, redo
  case moveLeft, moveRight, moveWordLeft, moveWordRight, moveToRowStart, moveToRowEnd
  case moveUp, moveDown, pageUp, pageDown
}
