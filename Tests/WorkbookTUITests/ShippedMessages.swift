import Foundation
import WorkbookCore
import WorkbookStore

/// The repository's message files (Messages/<group>/), read as the workbook reads them beside
/// its binary, for the screens of a German or French team.
enum ShippedMessages {
  static let folder = MessageFolder(
    path: URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Messages").path)

  /// The messages of `language` (with English for any not translated); English when the files
  /// cannot be read, which `MessageFilesTests` reports.
  static func messages(_ language: String) -> Messages {
    guard let tag = LanguageTag(language), let messages = try? folder.messages(for: tag) else {
      return .english
    }
    return messages
  }
}
