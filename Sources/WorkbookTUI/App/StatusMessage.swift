import WorkbookCore

/// What the status line says after an action: a message by key, put into the screens' language
/// when drawn, or text as it came (a reason the store gave).
public struct StatusMessage: Sendable, Equatable {
  public enum Wording: Sendable, Equatable {
    case message(MessageKey, arguments: [String])
    case text(String)
  }

  public var wording: Wording
  public var isError: Bool
  /// Whether it says the session is not saved: such a message goes once a save lands, so the
  /// status line never says "not saved" beside "Saved".
  public var isAboutAFailedSave: Bool

  public init(_ text: String, isError: Bool = false, isAboutAFailedSave: Bool = false) {
    self.wording = .text(text)
    self.isError = isError
    self.isAboutAFailedSave = isAboutAFailedSave
  }

  public init(
    _ key: MessageKey, _ arguments: any CustomStringConvertible..., isError: Bool = false,
    isAboutAFailedSave: Bool = false
  ) {
    self.wording = .message(key, arguments: arguments.map(\.description))
    self.isError = isError
    self.isAboutAFailedSave = isAboutAFailedSave
  }

  /// Its words in the language of `messages`.
  public func text(_ messages: Messages) -> String {
    switch wording {
    case .message(let key, let arguments): messages.text(key, arguments: arguments)
    case .text(let text): text
    }
  }

  /// Its words in English, as the tests read them.
  public var text: String { text(.english) }

  /// What the status line says when a save fails: the reason in full (the right end says only
  /// "Not saved"), and that nothing on screen is lost.
  static func saveFailed(_ reason: String) -> StatusMessage {
    StatusMessage(
      "Not saved: \(reason). It stays on screen; the next change saves again.", isError: true,
      isAboutAFailedSave: true)
  }
}
