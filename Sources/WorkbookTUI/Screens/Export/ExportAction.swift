/// What a user can do on the Export step (typing the file name goes through
/// `Action.textEditor`).
public enum ExportAction: Sendable, Equatable {
  /// The format above or below in the list.
  case previousFormat
  case nextFormat
  /// Scroll the preview, by the extent measured when it was drawn.
  case scroll(FreeScroll)
  /// Change the file name in the single-line text editor.
  case editFileName
  /// Write the file; an existing one is replaced only after `confirmOverwrite`.
  case write
  case confirmOverwrite
  case cancelOverwrite
}
