import Testing
import WorkbookCore

/// The repository's message files as they ship: complete, documented, and in step with the code.
@Suite struct MessageFilesTests {
  @Test func everyKeyTheCodeUsesIsInEnglishAndEveryEnglishKeyIsUsed() throws {
    let english = Set(try RepositoryMessages.catalog("en").messages.keys)
    let used = Set(MessageKey.allCases.map(\.rawValue))
    #expect(used.subtracting(english).sorted() == [], "used by the code but not in en.json")
    #expect(english.subtracting(used).sorted() == [], "in en.json but not used by the code")
  }

  @Test func theBuiltInEnglishIsEnJSON() throws {
    #expect(
      MessageCatalog.builtInEnglish.messages == (try RepositoryMessages.catalog("en").messages),
      "run scripts/messages-english after changing Messages/en.json")
  }

  @Test func theShippedFilesHaveNoProblemsAtAll() throws {
    #expect(try RepositoryMessages.check().problems().map(\.description) == [])
  }

  @Test func germanAndFrenchAreMarkedAsTranslationsOpenToReview() throws {
    for language in ["de", "fr"] {
      let text = try String(
        contentsOf: RepositoryMessages.folder.appendingPathComponent("\(language).json"),
        encoding: .utf8)
      #expect(text.contains("a translation made for the workbook, open to review"))
    }
  }
}
