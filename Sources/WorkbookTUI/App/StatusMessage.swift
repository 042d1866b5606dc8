/// A one-off message in the status line ("Nothing to undo", a failed open), cleared by the next key.
public struct StatusMessage: Sendable, Equatable {
  public var text: String
  public var isError: Bool
  /// Whether it says the session is not saved: such a message goes once a save lands, so the
  /// status line never says "not saved" beside "Saved".
  public var isAboutAFailedSave: Bool

  public init(_ text: String, isError: Bool = false, isAboutAFailedSave: Bool = false) {
    self.text = text
    self.isError = isError
    self.isAboutAFailedSave = isAboutAFailedSave
  }

  /// What the status line says when a save fails: the reason in full (the right end says only
  /// "Not saved"), and that nothing on screen is lost.
  static func saveFailed(_ reason: String) -> StatusMessage {
    StatusMessage(
      "Not saved: \(reason). It stays on screen; the next change saves again.", isError: true,
      isAboutAFailedSave: true)
  }
}
