import ArgumentParser
import FoundationEssentials
import WorkbookCore
import WorkbookStore

/// `--language TAG`, shared by the commands that write words people read (the reports, the
/// commands' own sentences and errors) and by those that start a session (which remembers its
/// language). Without it: WORKBOOK_LANGUAGE, then, for what is written of a session, the
/// session's own language, then LC_ALL, LC_MESSAGES, LANG (see `LanguageChoice`). The workbook's
/// own words and the content (its translation, where there is one) change; what people typed is
/// written as it is.
struct LanguageOption: ParsableArguments {
  @Option(
    name: .customLong("language"),
    help: ArgumentHelp(
      "The language of the workbook's words and content, such as de or fr (default: "
        + "$WORKBOOK_LANGUAGE, else the language a session was run in, for what is written of "
        + "it, else the locale's: LC_ALL, LC_MESSAGES, LANG; English when none is set).",
      valueName: "TAG"))
  var language: String?

  /// Refuses a --language that is not a language tag, in the words of WORKBOOK_LANGUAGE's or the
  /// locale's language.
  func validate() throws {
    if let language, LanguageTag(language) == nil {
      let m = Self.quietMessages(option: nil)
      throw ValidationError(m(.cliLanguageInvalid, TerminalText.field(language)))
    }
  }

  /// The language chosen; `session` is the language of the session written about, if any.
  func chosen(
    session: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> LanguageTag {
    do throws(LanguageChoice.Invalid) {
      return try LanguageChoice.choose(option: language, session: session, environment: environment)
        .language
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
  }

  /// The language of the content's translation to read (`ContentLibrary`'s), nil for English,
  /// the source's.
  func contentLanguage(
    session: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> String? {
    let chosen = try chosen(session: session, environment: environment)
    return chosen == .english ? nil : chosen.code
  }

  /// The messages in the chosen language, from the message files beside the program. Asked for
  /// by --language or WORKBOOK_LANGUAGE, a language the files do not have is said on standard
  /// error (English is written); a broken message file stops the command with its file and line.
  func messages(
    session: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Messages {
    try Self.messages(option: language, session: session, environment: environment)
  }

  /// The messages of the language `option` names (a command's own --language), else of
  /// WORKBOOK_LANGUAGE, the session's language or the locale; said and refused as `messages()`
  /// says and refuses.
  static func messages(
    option: String?, session: String? = nil,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) throws -> Messages {
    let loaded: InterfaceMessages
    do throws(InterfaceMessages.Failure) {
      loaded = try InterfaceMessages.load(
        option: option, session: session, environment: environment)
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
    if let note = loaded.note { Output.error("workbook: \(note)") }
    return loaded.messages
  }

  /// The messages, with nothing said on standard error and English when they cannot be loaded:
  /// for a command's `validate()`, which runs before `run()` loads them (the run then says what
  /// there is to say), and for `messages check`, which must run even when the files it checks
  /// are broken.
  func quietMessages(environment: [String: String] = ProcessInfo.processInfo.environment)
    -> Messages
  {
    Self.quietMessages(option: language, environment: environment)
  }

  static func quietMessages(
    option: String?, environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> Messages {
    (try? InterfaceMessages.load(option: option, environment: environment))?.messages ?? .english
  }
}
