import ArgumentParser
import FoundationEssentials
import WorkbookCore
import WorkbookStore

/// The language a front end runs in, chosen once at start from `--language`, WORKBOOK_LANGUAGE or
/// the locale (see `LanguageChoice`): its messages, the content's translation to read, and the
/// tag the sessions created or edited there remember. English reads no message file.
struct FrontEndLanguage {
  var messages: Messages
  /// The language chosen, also when the message files do not have it (the words are then
  /// English, and the session still remembers what its team asked for).
  var tag: LanguageTag

  /// The language of the content's translation to read, nil for English, the source's.
  var contentLanguage: String? { tag == .english ? nil : tag.code }

  /// Chooses the language and reads its messages. A word about a language without messages goes
  /// to standard error (before the terminal is taken, so it is seen); an invalid language or a
  /// broken message file stops the workbook with status 1.
  static func load(
    option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> FrontEndLanguage {
    let loaded: InterfaceMessages
    do throws(InterfaceMessages.Failure) {
      loaded = try InterfaceMessages.load(option: option, environment: environment)
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
    if let note = loaded.note { Output.error("workbook: \(note)") }
    return FrontEndLanguage(messages: loaded.messages, tag: loaded.language)
  }
}
