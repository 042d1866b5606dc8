import Foundation
import Testing
import WorkbookCore

/// The repository's message files as they ship: complete, documented, and in step with the code.
@Suite struct MessageFilesTests {
  @Test func theKeysAndTheBuiltInEnglishAreTheEnglishFiles() throws {
    let english = try RepositoryMessages.catalog("en").messages
    #expect(
      Set(MessageKey.allCases.map(\.rawValue)) == Set(english.keys),
      "run scripts/messages-english after changing a Messages/*/en.json")
    #expect(
      MessageCatalog.builtInEnglish.messages == english,
      "run scripts/messages-english after changing a Messages/*/en.json")
  }

  /// A message no code names is one a translator translates for nothing: every key must be
  /// named (`.exportHeadingPlan`) somewhere in Sources, outside the generated files.
  @Test func everyMessageIsUsedByTheCode() throws {
    let sources = RepositoryMessages.folder.deletingLastPathComponent()
      .appendingPathComponent("Sources")
    var code = ""
    let files = try #require(FileManager.default.enumerator(atPath: sources.path))
    for case let file as String in files where file.hasSuffix(".swift") {
      guard !file.hasSuffix("MessageKey.swift"), !file.hasSuffix("EnglishMessages.swift") else {
        continue
      }
      code += try String(
        contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
    }
    let unused = MessageKey.allCases.filter { key in
      let name = "\(key)"
      return !code.contains(".\(name)") && !code.contains("case \(name)")
    }
    #expect(unused.map(\.rawValue) == [], "in an en.json but named nowhere in Sources")
  }

  @Test func theShippedFilesHaveNoProblemsAtAll() throws {
    #expect(try RepositoryMessages.check().problems().map(\.description) == [])
  }

  @Test func germanAndFrenchAreMarkedAsTranslationsOpenToReview() throws {
    for group in try RepositoryMessages.groups {
      for language in ["de", "fr"] {
        let text = try String(
          contentsOfFile: RepositoryMessages.path(group, language), encoding: .utf8)
        #expect(text.contains("a translation made for the workbook, open to review"))
      }
    }
  }
}
