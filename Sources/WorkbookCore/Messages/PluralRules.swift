/// A language's plural rules from CLDR: its categories in order, and which one a number takes.
/// The rules themselves are generated (PluralRulesData.swift, by scripts/cldr-plurals), never typed.
public struct PluralRules: Sendable {
  /// The language's categories in CLDR's order, `other` last: the order of the forms a message's
  /// `{{PLURAL:…}}` lists.
  public let categories: [PluralCategory]
  private let rule: @Sendable (PluralOperands) -> PluralCategory

  init(
    categories: [PluralCategory], category: @escaping @Sendable (PluralOperands) -> PluralCategory
  ) {
    self.categories = categories
    rule = category
  }

  public func category(of number: Int) -> PluralCategory { rule(PluralOperands(number)) }

  /// The rules of a language tag's language ("pl" for "pl-PL"), or nil when CLDR's rules for it are
  /// not among those generated.
  public static func forLanguage(_ tag: LanguageTag) -> PluralRules? {
    generated[tag.language]
  }

  /// English's rules, for a language CLDR's generated rules do not cover.
  static var english: PluralRules {
    generated["en", default: PluralRules(categories: [.other]) { _ in .other }]
  }

  /// The languages whose rules the workbook carries.
  public static var languages: [String] { generated.keys.sorted() }
}
