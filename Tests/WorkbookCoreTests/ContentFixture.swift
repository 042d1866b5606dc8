import FoundationEssentials
import WorkbookCore

/// The content files under Fixtures/content, read beside this source file.
enum ContentFixture {
  static func text(_ name: String) throws -> String {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    let url = folder.appendingPathComponent("Fixtures/content/\(name)")
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  /// The problems parsing the fixture reports, or none when it parses.
  static func problems(_ name: String) throws -> [ContentProblem] {
    do {
      _ = try ContentParser.parse(try text(name), fileName: name)
      return []
    } catch let error as ContentProblems {
      return error.problems
    }
  }
}
