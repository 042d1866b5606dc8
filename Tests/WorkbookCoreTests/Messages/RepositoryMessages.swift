import Foundation
import Testing
import WorkbookCore

/// The repository's message files (Messages/<group>/), read as the program reads them.
enum RepositoryMessages {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Messages")

  /// The groups, by folder name: each holds an en.json.
  static var groups: [String] {
    get throws {
      try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
        FileManager.default.fileExists(atPath: path($0, "en"))
      }.sorted()
    }
  }

  static func path(_ group: String, _ name: String) -> String {
    folder.appendingPathComponent(group).appendingPathComponent("\(name).json").path
  }

  static func catalog(_ group: String, _ name: String, language: String? = nil) throws
    -> MessageCatalog
  {
    let text = try String(contentsOfFile: path(group, name), encoding: .utf8)
    return try MessageCatalog(
      language: LanguageTag(language ?? name) ?? .english, json: text,
      fileName: path(group, name))
  }

  /// A language's messages of every group as one catalog.
  static func catalog(_ name: String, language: String? = nil) throws -> MessageCatalog {
    var merged = MessageCatalog(language: LanguageTag(language ?? name) ?? .english, messages: [:])
    for group in try groups {
      merged.messages.merge(try catalog(group, name, language: language).messages) { $1 }
    }
    return merged
  }

  static func messages(_ language: String) throws -> Messages {
    let tag = try #require(LanguageTag(language))
    return Messages(language: tag, catalogs: [try catalog(tag.language)])
  }

  static func check() throws -> MessageCheck {
    MessageCheck(
      folder: folder.path,
      groups: try groups.map { group in
        .init(
          english: .init(name: path(group, "en"), catalog: try catalog(group, "en")),
          documentation: .init(
            name: path(group, "qqq"), catalog: try catalog(group, "qqq", language: "en")),
          translations: try ["de", "fr"].map {
            .init(name: path(group, $0), catalog: try catalog(group, $0))
          })
      })
  }
}

extension MessageCatalog {
  /// The English messages built into the program (`MessageKey.english`) as a catalog, to check
  /// the message files against; the program itself speaks English without one.
  static let builtInEnglish = MessageCatalog(
    language: .english,
    messages: Dictionary(
      uniqueKeysWithValues: MessageKey.allCases.map { ($0.rawValue, $0.english) }))
}
