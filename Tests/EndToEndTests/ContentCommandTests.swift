import Foundation
import Testing

/// `workbook content check` and `content show` as an author and a script use them: the real
/// binary, its exit status, standard output and standard error.
@Suite struct ContentCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
  static let shipped = root.appendingPathComponent("Content/working-with-online-contributors.md")

  /// The binary `make test` built (WORKBOOK_BINARY), else the debug build in this checkout.
  static var binary: String {
    let named = ProcessInfo.processInfo.environment["WORKBOOK_BINARY"] ?? ""
    return named.isEmpty ? root.appendingPathComponent(".build/debug/workbook").path : named
  }

  struct Outcome {
    var status: Int32
    var output: String
    var errors: String
  }

  /// A folder of its own for the test, deleted when the test ends.
  final class Folder {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-content-\(UUID().uuidString)")

    init() throws {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    var path: String { url.path }

    /// Runs the workbook from this folder, with no WORKBOOK_CONTENT in its environment.
    func workbook(_ arguments: [String]) throws -> Outcome {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: ContentCommandTests.binary)
      process.arguments = arguments
      process.currentDirectoryURL = url
      var environment = ProcessInfo.processInfo.environment
      environment["WORKBOOK_CONTENT"] = nil
      process.environment = environment
      let output = url.appendingPathComponent(".stdout")
      let errors = url.appendingPathComponent(".stderr")
      try Data().write(to: output)
      try Data().write(to: errors)
      process.standardOutput = try FileHandle(forWritingTo: output)
      process.standardError = try FileHandle(forWritingTo: errors)
      try process.run()
      process.waitUntilExit()
      return Outcome(
        status: process.terminationStatus,
        output: try String(contentsOf: output, encoding: .utf8),
        errors: try String(contentsOf: errors, encoding: .utf8))
    }
  }

  @Test func checkFindsTheShippedContentWithNoFlagsAndSaysOK() throws {
    let outcome = try Folder().workbook(["content", "check"])
    #expect(outcome.status == 0)
    #expect(outcome.errors == "")
    #expect(
      outcome.output
        == "OK \(Self.shipped.path): working-with-online-contributors, 6 reflection questions, "
        + "4 score items, 3 recommendation groups, 17 recommendations, 3 reference sections, "
        + "8 plan columns\n")
  }

  @Test func checkOnABrokenCopyListsEveryProblemWithItsLineOnStandardError() throws {
    let folder = try Folder()
    let broken = folder.url.appendingPathComponent("broken.md")
    let text = try String(contentsOf: Self.shipped, encoding: .utf8)
      .replacingOccurrences(of: "version: 1\n", with: "")
      .replacingOccurrences(of: "{#case-studies}", with: "{#meet-in-person}")
    try text.write(to: broken, atomically: true, encoding: .utf8)

    let outcome = try folder.workbook(["content", "check", broken.path])

    #expect(outcome.status == 1)
    #expect(outcome.output == "")
    let lines = outcome.errors.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("\(broken.path):8: the front matter has no “version”") == true)
    #expect(lines.last?.hasPrefix("\(broken.path):") == true)
    #expect(lines.last?.contains("duplicate id “meet-in-person”") == true)
  }

  @Test func showJSONListsEverySectionWithItsIDs() throws {
    let outcome = try Folder().workbook([
      "content", "show", "working-with-online-contributors", "--json", "--content",
      Self.root.appendingPathComponent("Content").path,
    ])
    #expect(outcome.status == 0)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
    let questions = try #require(json["reflectionQuestions"] as? [[String: Any]])
    let items = try #require(json["scoreItems"] as? [[String: Any]])
    let groups = try #require(json["recommendationGroups"] as? [[String: Any]])
    let plan = try #require(json["plan"] as? [String: Any])
    let columns = try #require(plan["columns"] as? [[String: Any]])
    #expect(questions.compactMap { $0["id"] as? String }.count == 6)
    #expect(items.compactMap { $0["id"] as? String }.count == 4)
    #expect(groups.compactMap { $0["id"] as? String } == ["gatherings", "communication", "needs"])
    let recommendations = groups.flatMap { $0["recommendations"] as? [[String: Any]] ?? [] }
    #expect(recommendations.compactMap { $0["id"] as? String }.count == 17)
    #expect(columns.compactMap { $0["id"] as? String }.count == 8)
    #expect(json["referenceSections"] != nil && json["scale"] != nil && json["source"] != nil)
  }

  @Test func anUnknownStrategyOrContentFolderIsAnErrorOnStandardError() throws {
    let unknown = try Folder().workbook(["content", "show", "no-such-strategy"])
    #expect(unknown.status == 1)
    #expect(unknown.output == "")
    #expect(
      unknown.errors
        == "no strategy with id “no-such-strategy”; the strategies are: "
        + "working-with-online-contributors\n")

    let missing = try Folder().workbook(["content", "check", "--content", "/no/such/folder"])
    #expect(missing.status == 1)
    #expect(
      missing.errors
        == "/no/such/folder: no such file or folder (named by --content); check the path\n")
  }
}
