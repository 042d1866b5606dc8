import FoundationEssentials
import WorkbookCore

/// The messages the workbook speaks: the language chosen (see `LanguageChoice`) and read from
/// the message files beside the program, once, at start. English needs no file.
public struct InterfaceMessages: Sendable {
  public var messages: Messages
  /// The language chosen, also when the files do not have it and `messages` are English.
  public var language: LanguageTag
  /// A word for standard error when the language was asked for by name but the files do not
  /// have it, so the workbook speaks English; nil otherwise.
  public var note: String?

  /// Why the workbook cannot choose its words: a language option that is not a language tag,
  /// or a message file that cannot be read (named with its line).
  public struct Failure: Error, Sendable, CustomStringConvertible {
    public var description: String
  }

  /// `session`: the language of the session written about, if any (see `LanguageChoice`).
  public static func load(
    option: String?, session: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment,
    // Looked up only for a language other than English, which reads no file.
    executablePath: @autoclosure () -> String? = ContentFolder.currentExecutablePath()
  ) throws(Failure) -> InterfaceMessages {
    let chosen: LanguageChoice.Chosen
    do throws(LanguageChoice.Invalid) {
      chosen = try LanguageChoice.choose(
        option: option, session: session, environment: environment)
    } catch {
      throw Failure(description: error.description)
    }
    guard chosen.language != .english else {
      return InterfaceMessages(messages: .english, language: .english, note: nil)
    }
    do throws(MessageFileError) {
      guard
        let folder = try MessageFolder.locate(
          environment: environment, executablePath: executablePath())
      else {
        return InterfaceMessages(
          messages: .english, language: chosen.language,
          note: chosen.explicit
            ? "no message files found beside the program, so its words are in English" : nil)
      }
      let messages = try folder.messages(for: chosen.language)
      let untranslated = messages.source(of: .exportHeadingPlan) == .english
      return InterfaceMessages(
        messages: messages, language: chosen.language,
        note: chosen.explicit && untranslated
          ? "no messages in “\(chosen.language.code)” in \(folder.path), so the workbook's words "
            + "are in English; a translation is added as \(chosen.language.code).json beside "
            + "each en.json there"
          : nil)
    } catch {
      throw Failure(description: error.description)
    }
  }
}
