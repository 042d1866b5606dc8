/// What the Export step asks the runtime to write. The runtime answers with
/// `EffectResult.exportWritten`, `.exportFileExists` (only when `overwrite` is false) or
/// `.exportFailed`; it never writes over the session's own file.
public struct ExportRequest: Sendable, Equatable {
  /// The export's text, exactly as the preview shows it.
  public var text: String
  /// The absolute path of the file.
  public var path: String
  /// Replace the file if it exists; asked for only after the user has confirmed.
  public var overwrite: Bool
  /// The session exported, whose own file must not be written over.
  public var sessionID: String

  public init(text: String, path: String, overwrite: Bool, sessionID: String) {
    self.text = text
    self.path = path
    self.overwrite = overwrite
    self.sessionID = sessionID
  }
}
