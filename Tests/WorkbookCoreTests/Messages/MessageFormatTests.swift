import Testing
import WorkbookCore

/// Messages as a translator writes them and as a reader sees them.
@Suite struct MessageFormatTests {
  static func render(_ text: String, language: String = "en", _ arguments: String...) -> String {
    let tag = LanguageTag(language)!
    let catalog = MessageCatalog(language: tag, messages: ["export-heading-plan": text])
    return Messages(language: tag, catalogs: [catalog]).text(
      .exportHeadingPlan, arguments: arguments)
  }

  @Test func parametersAreFilledInByNumber() {
    #expect(Self.render("$2 before $1, $1 again", "a", "b") == "b before a, a again")
    #expect(Self.render("costs $3", "a") == "costs $3")
  }

  @Test func pluralTakesTheLanguagesCategory() {
    let english = "$1 {{PLURAL:$1|row|rows}}"
    #expect(Self.render(english, "1") == "1 row")
    #expect(Self.render(english, "0") == "0 rows")
    let polish = "$1 {{PLURAL:$1|wiersz|wiersze|wierszy}}"
    #expect(Self.render(polish, language: "pl", "1") == "1 wiersz")
    #expect(Self.render(polish, language: "pl", "22") == "22 wiersze")
    #expect(Self.render(polish, language: "pl", "25") == "25 wierszy")
    // French counts 0 with 1.
    #expect(Self.render("$1 {{PLURAL:$1|ligne|lignes}}", language: "fr", "0") == "0 ligne")
  }

  @Test func missingFormsTakeTheLastAndExplicitNumbersComeFirst() {
    #expect(Self.render("{{PLURAL:$1|one}}", language: "pl", "5") == "one")
    #expect(Self.render("{{PLURAL:$1|0=no rows|one row|$1 rows}}", "0") == "no rows")
    #expect(Self.render("{{PLURAL:$1|0=no rows|one row|$1 rows}}", "3") == "3 rows")
  }

  @Test func genderTakesTheUnknownForm() {
    #expect(Self.render("{{GENDER:$1|he|she|they}} scored", "Ana") == "they scored")
    #expect(Self.render("{{GENDER:|Teilnehmer|Teilnehmerin}}") == "Teilnehmer")
  }

  @Test func anArgumentIsNeverReadAsSyntax() {
    #expect(Self.render("Hello $1", "{{PLURAL:1|x|y}} $2") == "Hello {{PLURAL:1|x|y}} $2")
  }

  @Test func aLanguageWithoutFilesSpeaksTheBuiltInEnglish() {
    let messages = Messages(language: LanguageTag("de")!, catalogs: [])
    #expect(messages(.exportHeadingPlan) == "Capacity building plan")
    #expect(messages.source(of: .exportHeadingPlan) == .english)
  }

  /// English from the program (a switch over the keys) says what the English catalog says, with
  /// the same parameters put in, for every message.
  @Test func theBuiltInEnglishSaysWhatItsCatalogSays() {
    let catalog = Messages(language: .english, catalogs: [MessageCatalog.builtInEnglish])
    let arguments = ["Ana", "1", "2", "3", "4", "5", "6", "7"]
    for key in MessageKey.allCases {
      #expect(
        Messages.english.text(key, arguments: arguments)
          == catalog.text(key, arguments: arguments), "\(key.rawValue)")
      #expect(Messages.english.source(of: key) == .english)
    }
  }

  @Test func anEnglishFileTakesThePlaceOfTheBuiltInEnglish() {
    let file = MessageCatalog(language: .english, messages: ["export-heading-plan": "Plan"])
    let messages = Messages(language: LanguageTag("de")!, catalogs: [file])
    #expect(messages(.exportHeadingPlan) == "Plan")
    #expect(messages(.exportHeadingSummary) == "⧼export-heading-summary⧽")
    #expect(messages.source(of: .exportHeadingSummary) == nil)
  }

  @Test func theFallbackChainGoesFromRegionToLanguageToEnglish() throws {
    #expect(LanguageTag("de_AT.UTF-8")?.fallbackChain.map(\.code) == ["de-at", "de", "en"])
    #expect(
      LanguageTag("zh-Hant-TW")?.fallbackChain.map(\.code) == ["zh-hant-tw", "zh-hant", "zh", "en"])
    #expect(LanguageTag("en-GB")?.fallbackChain.map(\.code) == ["en-gb", "en"])
    #expect(LanguageTag.english.fallbackChain.map(\.code) == ["en"])
    let german = MessageCatalog(
      language: LanguageTag("de")!, messages: ["export-heading-plan": "Plan"])
    let austrian = MessageCatalog(
      language: LanguageTag("de-AT")!, messages: ["export-heading-summary": "Übersicht"])
    let messages = Messages(language: LanguageTag("de-AT")!, catalogs: [german, austrian])
    #expect(messages(.exportHeadingSummary) == "Übersicht")
    #expect(messages(.exportHeadingPlan) == "Plan")
    #expect(messages(.exportHeadingReflection) == "Reflection")
  }
}
