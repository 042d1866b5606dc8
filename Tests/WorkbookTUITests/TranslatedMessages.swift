import Foundation
import WorkbookCore

/// The repository's message files (Messages/<group>/<language>.json), read as the program reads
/// them: a language's messages of every group, and every word they hold.
enum TranslatedMessages {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Messages")

  private static var groups: [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
  }

  private static func catalog(_ group: String, _ language: String) -> MessageCatalog? {
    let file = folder.appendingPathComponent(group).appendingPathComponent("\(language).json")
    guard let text = try? String(contentsOf: file, encoding: .utf8),
      let tag = LanguageTag(language)
    else { return nil }
    return try? MessageCatalog(language: tag, json: text, fileName: file.path)
  }

  /// A language's messages of every group, English (the program's own) behind them.
  static func messages(_ language: String) -> Messages {
    let tag = LanguageTag(language) ?? .english
    var merged = MessageCatalog(language: tag, messages: [:])
    for group in groups {
      merged.messages.merge(catalog(group, language)?.messages ?? [:]) { $1 }
    }
    return Messages(language: tag, catalogs: [merged])
  }

  /// Every word of the message files of `languages`, lowercased.
  static func words(_ languages: [String]) -> Set<String> {
    var words: Set<String> = []
    for group in groups {
      for language in languages {
        for text in catalog(group, language)?.messages.values ?? [:].values {
          for word in text.split(whereSeparator: { !$0.isLetter }) {
            words.insert(word.lowercased())
          }
        }
      }
    }
    return words
  }
}
