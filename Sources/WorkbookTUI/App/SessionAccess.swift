import WorkbookWorkflow

/// Whether the open session can be changed here: edited (this terminal holds its lock), or
/// followed read-only while another terminal edits it, showing that terminal's saves as they land.
public enum SessionAccess: Sendable, Equatable {
  case editing
  /// `editor` is the terminal editing it, nil when no one was when it was last read.
  case readOnly(editor: OtherTerminal?)

  /// What the status line says when a change is refused.
  var refusal: String {
    guard case .readOnly(let editor) = self else { return "" }
    guard let editor else {
      return "Read-only: this session was opened read-only; open it again to edit it."
    }
    return "Read-only: \(editor.name) is editing this session."
  }
}
