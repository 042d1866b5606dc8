import WorkbookCore

/// What the status line says after an action: a message by key, put into the screens' language
/// when drawn, or text as it came (a reason the store gave).
public struct StatusMessage: Sendable, Equatable {
  public enum Wording: Sendable, Equatable {
    case message(MessageKey, arguments: [Argument])
    case text(String)
  }

  /// A parameter: text as it is (a number, a name), or a message of its own (a step's name),
  /// put into the same language as the message.
  public enum Argument: Sendable, Equatable {
    case text(String)
    case message(MessageKey)
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
    self.init(key, arguments: arguments, isError: isError, isAboutAFailedSave: isAboutAFailedSave)
  }

  init(
    _ key: MessageKey, arguments: [any CustomStringConvertible], isError: Bool = false,
    isAboutAFailedSave: Bool = false
  ) {
    self.wording = .message(
      key,
      arguments: arguments.map { argument -> Argument in
        if let word = argument as? MessageWord { return .message(word.key) }
        return .text(argument.description)
      })
    self.isError = isError
    self.isAboutAFailedSave = isAboutAFailedSave
  }

  /// Its words in the language of `messages`.
  public func text(_ messages: Messages) -> String {
    switch wording {
    case .message(let key, let arguments):
      messages.text(
        key,
        arguments: arguments.map {
          switch $0 {
          case .text(let text): text
          case .message(let key): messages(key)
          }
        })
    case .text(let text): text
    }
  }

  /// Its words in English, as the tests read them.
  public var text: String { text(.english) }

  /// Two messages are the same when they say the same words, whether given by key or as text.
  public static func == (left: StatusMessage, right: StatusMessage) -> Bool {
    left.text == right.text && left.isError == right.isError
      && left.isAboutAFailedSave == right.isAboutAFailedSave
  }

  /// What the status line says when a save fails: the reason in full (the right end says only
  /// "Not saved"), and that nothing on screen is lost.
  static func saveFailed(_ reason: String) -> StatusMessage {
    StatusMessage(.tuiSaveFailed, reason, isError: true, isAboutAFailedSave: true)
  }
}

/// A message given as a parameter of a status message: its words are in the status message's
/// language.
struct MessageWord: CustomStringConvertible {
  var key: MessageKey

  init(_ key: MessageKey) { self.key = key }

  var description: String { Messages.english(key) }
}
