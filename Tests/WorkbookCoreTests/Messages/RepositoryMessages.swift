import Foundation
import Testing
import WorkbookCore

/// The repository's message files (Messages/), read as the program reads them.
enum RepositoryMessages {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Messages")

  static func path(_ name: String) -> String { folder.appendingPathComponent("\(name).json").path }

  static func catalog(_ name: String, language: String? = nil) throws -> MessageCatalog {
    let text = try String(
      contentsOf: folder.appendingPathComponent("\(name).json"), encoding: .utf8)
    return try MessageCatalog(
      language: LanguageTag(language ?? name) ?? .english, json: text, fileName: path(name))
  }

  static func messages(_ language: String) throws -> Messages {
    let tag = try #require(LanguageTag(language))
    return Messages(language: tag, catalogs: [try catalog("en"), try catalog(tag.language)])
  }

  static func check() throws -> MessageCheck {
    MessageCheck(
      english: .init(name: path("en"), catalog: try catalog("en")),
      documentation: .init(name: path("qqq"), catalog: try catalog("qqq", language: "en")),
      translations: try ["de", "fr"].map { .init(name: path($0), catalog: try catalog($0)) })
  }
}
