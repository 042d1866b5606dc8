/// What a key did to a text editor, for the screen that holds it.
public enum EditorOutcome: Sendable, Equatable {
  /// The key edited the text or moved the cursor; editing goes on.
  case editing
  /// The user saved: `TextEditor.text` is the result.
  case finished
  /// The user cancelled: the editor's text is back to what it was when editing began.
  case cancelled
  /// The editor has no use for the key (Tab, a function key); the screen may act on it, for
  /// example by saving and moving to the next field.
  case unhandled
}
