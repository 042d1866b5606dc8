import Testing
import WorkbookCore

/// The generated CLDR rules against examples checked by hand against CLDR's plural rules chart
/// (unicode.org/cldr/charts, "Language Plural Rules").
@Suite struct PluralRulesTests {
  static func categories(_ language: String, _ numbers: [Int]) throws -> [PluralCategory] {
    let tag = try #require(LanguageTag(language))
    let rules = try #require(PluralRules.forLanguage(tag))
    return numbers.map(rules.category(of:))
  }

  @Test func englishAndGermanHaveOneAndOther() throws {
    for language in ["en", "de", "de-AT"] {
      #expect(try Self.categories(language, [0, 1, 2, 21]) == [.other, .one, .other, .other])
    }
  }

  @Test func frenchCountsZeroAsOneAndMillionsAsMany() throws {
    #expect(
      try Self.categories("fr", [0, 1, 2, 1_000_000, 2_000_000, 1_000_001])
        == [.one, .one, .other, .many, .many, .other])
  }

  @Test func polishHasFewForTwoToFourExceptTheTeens() throws {
    #expect(
      try Self.categories("pl", [1, 2, 5, 12, 22, 25, 112, 122])
        == [.one, .few, .many, .many, .few, .many, .many, .few])
  }

  @Test func arabicHasAllSixCategories() throws {
    #expect(
      try Self.categories("ar", [0, 1, 2, 3, 10, 11, 99, 100, 102, 103, 111])
        == [.zero, .one, .two, .few, .few, .many, .many, .other, .other, .few, .many])
    #expect(PluralRules.forLanguage(LanguageTag("ar")!)?.categories.count == 6)
  }

  @Test func russianAndWelsh() throws {
    #expect(
      try Self.categories("ru", [1, 2, 5, 11, 21, 22, 111])
        == [.one, .few, .many, .many, .one, .few, .many])
    #expect(
      try Self.categories("cy", [0, 1, 2, 3, 6, 4])
        == [.zero, .one, .two, .few, .many, .other])
  }

  @Test func aLanguageWithoutRulesHasNone() {
    #expect(PluralRules.forLanguage(LanguageTag("xx")!) == nil)
  }
}
