import Testing
import WorkbookCore

@Suite struct LanguageChoiceTests {
  static func chosen(_ environment: [String: String], option: String? = nil) throws -> String {
    try LanguageChoice.choose(option: option, environment: environment).language.code
  }

  @Test func theLocaleVariablesCountInPOSIXOrder() throws {
    #expect(try Self.chosen(["LANG": "fr_FR.UTF-8"]) == "fr-fr")
    #expect(try Self.chosen(["LANG": "fr_FR.UTF-8", "LC_MESSAGES": "de_DE"]) == "de-de")
    #expect(try Self.chosen(["LC_ALL": "pl_PL", "LC_MESSAGES": "de_DE", "LANG": "fr"]) == "pl-pl")
  }

  @Test func cAndPOSIXAndNothingMeanEnglish() throws {
    #expect(try Self.chosen([:]) == "en")
    #expect(try Self.chosen(["LC_ALL": "C", "LANG": "de_DE"]) == "en")
    #expect(try Self.chosen(["LANG": "C.UTF-8"]) == "en")
    #expect(try Self.chosen(["LANG": "POSIX"]) == "en")
  }

  @Test func theWorkbooksOwnVariableAndOptionWin() throws {
    let environment = ["LC_ALL": "fr_FR.UTF-8", "WORKBOOK_LANGUAGE": "de"]
    #expect(try Self.chosen(environment) == "de")
    #expect(try Self.chosen(environment, option: "pl") == "pl")
    #expect(try LanguageChoice.choose(option: nil, environment: environment).explicit)
    #expect(try !LanguageChoice.choose(option: nil, environment: ["LANG": "de"]).explicit)
  }

  /// What is written of a session is in its own language unless the person asks for another by
  /// the option or the workbook's variable; the locale, the machine's, comes after it.
  @Test func aSessionsLanguageComesAfterTheAskingAndBeforeTheLocale() throws {
    func chosen(_ environment: [String: String], option: String? = nil) throws
      -> LanguageChoice
      .Chosen
    {
      try LanguageChoice.choose(option: option, session: "de", environment: environment)
    }
    #expect(try chosen(["LC_ALL": "fr_FR.UTF-8", "LANG": "en_GB"]).language.code == "de")
    #expect(try !chosen(["LANG": "fr"]).explicit)
    #expect(try chosen([:]).language.code == "de")
    #expect(try chosen(["WORKBOOK_LANGUAGE": "fr"]).language.code == "fr")
    #expect(try chosen(["WORKBOOK_LANGUAGE": "fr"], option: "en").language.code == "en")
    // A session of an older workbook has no language: the locale decides, as before.
    #expect(
      try LanguageChoice.choose(option: nil, session: nil, environment: ["LANG": "fr"]).language
        .code == "fr")
  }

  @Test func aValueThatIsNoLanguageIsRefusedByName() {
    #expect(throws: LanguageChoice.Invalid(source: "WORKBOOK_LANGUAGE", value: "de/../x")) {
      try LanguageChoice.choose(option: nil, environment: ["WORKBOOK_LANGUAGE": "de/../x"])
    }
  }
}
