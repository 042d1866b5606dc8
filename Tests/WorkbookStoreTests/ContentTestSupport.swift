import FoundationEssentials
import WorkbookCore
import WorkbookStore

/// Paths and folders for the content tests.
enum ContentTestSupport {
  /// The repository's root, three levels above this file (Tests/WorkbookStoreTests/…).
  static let repository = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static let shippedFolder = repository + "/Content"
  static let shippedFile = shippedFolder + "/working-with-online-contributors.md"
  static let fixtures = repository + "/Tests/WorkbookStoreTests/Fixtures/content"

  static func copy(_ file: String, to folder: String, as name: String) throws {
    try FileManager.default.copyItem(atPath: file, toPath: folder + "/" + name)
  }

  static func write(_ text: String, to path: String) throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: path))
  }

  static func text(of path: String) throws -> String {
    String(decoding: try Data(contentsOf: URL(fileURLWithPath: path)), as: UTF8.self)
  }

  /// The shipped strategy, loaded the way the workbook loads it.
  static func shippedStrategy() throws -> Strategy {
    let library = try ContentLibrary.load(path: shippedFile)
    return library.strategies[0]
  }
}
