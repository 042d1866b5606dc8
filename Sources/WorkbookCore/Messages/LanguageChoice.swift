/// Which language the workbook speaks: `--language`, else WORKBOOK_LANGUAGE, else (for what it
/// writes of a session) the language the session was run in, else the locale the environment
/// names for messages: the first of LC_ALL, LC_MESSAGES and LANG that is set (POSIX's order).
/// "C" and "POSIX" name no language, so they, and nothing at all, mean English.
public enum LanguageChoice {
  public struct Invalid: Error, Sendable, Equatable, CustomStringConvertible {
    /// "--language" or "WORKBOOK_LANGUAGE".
    public var source: String
    public var value: String

    public init(source: String, value: String) {
      self.source = source
      self.value = value
    }

    public var description: String {
      "\(source) is “\(value)”, which is not a language tag; use one such as de, fr or pt-BR"
    }
  }

  /// What was chosen, and whether the person asked for it by the workbook's own option or
  /// variable (then a language without messages is worth a word) or it came from the locale.
  public struct Chosen: Sendable, Equatable {
    public var language: LanguageTag
    public var explicit: Bool
  }

  /// `session` is the language of the session written about (`Session.language`), nil for
  /// none: the person asking, by the option or the workbook's own variable, comes first; the
  /// locale, the machine's setting for every program, comes after what the team chose.
  public static func choose(
    option: String?, session: String? = nil, environment: [String: String]
  ) throws(Invalid) -> Chosen {
    for (source, value) in [
      ("--language", option), ("WORKBOOK_LANGUAGE", environment["WORKBOOK_LANGUAGE"]),
    ] {
      guard let value, !value.isEmpty else { continue }
      guard let tag = LanguageTag(value) else { throw Invalid(source: source, value: value) }
      return Chosen(language: tag, explicit: true)
    }
    if let session, let tag = LanguageTag(session) { return Chosen(language: tag, explicit: false) }
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
      guard let value = environment[name], !value.isEmpty else { continue }
      return Chosen(language: LanguageTag(value) ?? .english, explicit: false)
    }
    return Chosen(language: .english, explicit: false)
  }
}
