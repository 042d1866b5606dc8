import WorkbookCore
import WorkbookWorkflow

/// Whether the open session can be changed here: edited (this terminal holds its lock), or
/// followed read-only while another terminal edits it, showing that terminal's saves as they land.
public enum SessionAccess: Sendable, Equatable {
  case editing
  /// `editor` is the terminal editing it, nil when no one was when it was last read.
  case readOnly(editor: OtherTerminal?)

  /// What the status line says when a change is refused.
  var refusal: StatusMessage {
    guard case .readOnly(let editor) = self else { return StatusMessage("", isError: true) }
    guard let editor else { return StatusMessage(.tuiReadOnlyRefused, isError: true) }
    return StatusMessage(.tuiReadOnlyEditing, editor.user, isError: true)
  }
}
