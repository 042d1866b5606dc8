/// The interface's words in one language: a message by key, looked up along the language's
/// fallback chain (de-at, de, then English, which is built in), with its parameters put in and
/// its PLURAL and GENDER chosen by the rules of the language the message was found in.
public struct Messages: Sendable, Equatable {
  /// The language asked for.
  public let language: LanguageTag
  /// The message files along the fallback chain, in its order.
  private let catalogs: [MessageCatalog]
  /// Whether English from the program (`MessageKey.english`) ends the chain: it does unless an
  /// English file is given.
  private let endsInBuiltInEnglish: Bool

  /// English alone, from the program itself.
  public static let english = Messages(language: .english, catalogs: [])

  /// `catalogs` are the message files at hand (any languages); those on `language`'s fallback
  /// chain are used, in its order, and English from the program comes last unless an English
  /// file is given.
  public init(language: LanguageTag, catalogs: [MessageCatalog]) {
    self.language = language
    var chain: [MessageCatalog] = []
    var builtInEnglish = false
    for tag in language.fallbackChain {
      if let catalog = catalogs.first(where: { $0.language == tag }) {
        chain.append(catalog)
      } else if tag == .english {
        builtInEnglish = true
      }
    }
    self.catalogs = chain
    endsInBuiltInEnglish = builtInEnglish
  }

  /// The message's text with `arguments` as $1, $2 …; a message no catalog has shows as ⧼key⧽,
  /// as MediaWiki shows one.
  public func callAsFunction(_ key: MessageKey, _ arguments: any CustomStringConvertible...)
    -> String
  {
    text(key, arguments: arguments)
  }

  public func text(_ key: MessageKey, arguments: [any CustomStringConvertible]) -> String {
    // Each catalog asked once (screens ask for their words on every frame).
    for catalog in catalogs {
      guard let text = catalog.messages[key.rawValue] else { continue }
      return Self.render(text, arguments: arguments, language: catalog.language)
    }
    guard endsInBuiltInEnglish else { return "⧼\(key.rawValue)⧽" }
    return Self.render(key.english, arguments: arguments, language: .english)
  }

  /// The language of the first catalog that has `key`: where the message would come from.
  public func source(of key: MessageKey) -> LanguageTag? {
    catalogs.first { $0.messages[key.rawValue] != nil }?.language
      ?? (endsInBuiltInEnglish ? .english : nil)
  }

  /// A message's text with its parameters, PLURAL and GENDER put in by `language`'s rules.
  private static func render(
    _ text: String, arguments: [any CustomStringConvertible], language: LanguageTag
  ) -> String {
    // Most of the screens' messages have nothing to put in: taken as they are.
    guard text.utf8.contains(where: { $0 == UInt8(ascii: "$") || $0 == UInt8(ascii: "{") })
    else { return text }
    let rules = PluralRules.forLanguage(language) ?? PluralRules.english
    return MessageFormat.render(text, arguments: arguments.map(\.description), plural: rules)
  }
}
