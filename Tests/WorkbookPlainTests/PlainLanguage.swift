import Foundation
import Testing
import WorkbookCore

/// A language's messages as the repository ships them: every group's file for it, English from
/// the program behind.
enum PlainLanguage {
  static func messages(_ code: String) throws -> Messages {
    let tag = try #require(LanguageTag(code))
    let folder = FrontEndParityTests.root.appendingPathComponent("Messages")
    var merged = MessageCatalog(language: tag, messages: [:])
    for group in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() {
      let file = folder.appendingPathComponent(group).appendingPathComponent("\(code).json")
      guard FileManager.default.fileExists(atPath: file.path) else { continue }
      let catalog = try MessageCatalog(
        language: tag, json: String(contentsOf: file, encoding: .utf8), fileName: file.path)
      merged.messages.merge(catalog.messages) { $1 }
    }
    return Messages(language: tag, catalogs: [merged])
  }
}
