import Foundation
import Testing

/// `workbook export` as a script uses it: standard output by default, a file with --output,
/// never overwriting without --force, and never changing the session.
@Suite struct ExportCommandTests {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  /// The built binary: WORKBOOK_BINARY (the Makefile sets it), else the debug build.
  static var binary: String {
    ProcessInfo.processInfo.environment["WORKBOOK_BINARY"]
      ?? root.appendingPathComponent(".build/debug/workbook").path
  }

  static var binaryIsBuilt: Bool {
    ExportTools.inCI || FileManager.default.isExecutableFile(atPath: binary)
  }

  struct Outcome {
    var status: Int32
    var output: String
    var errors: String
  }

  /// A sessions folder of its own, deleted when the test ends.
  final class Folder {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-export-\(UUID().uuidString)")

    init() throws {
      try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    /// Runs the workbook with `arguments` and this folder as its sessions folder.
    func workbook(_ arguments: [String]) throws -> Outcome {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: ExportCommandTests.binary)
      process.arguments =
        arguments + [
          "--dir", path("sessions"), "--content",
          ExportCommandTests.root.appendingPathComponent("Content").path,
        ]
      process.currentDirectoryURL = url
      let output = Pipe()
      let errorFile = url.appendingPathComponent("stderr")
      try Data().write(to: errorFile)
      process.standardOutput = output
      process.standardError = try FileHandle(forWritingTo: errorFile)
      try process.run()
      let data = output.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return Outcome(
        status: process.terminationStatus, output: String(decoding: data, as: UTF8.self),
        errors: try String(contentsOf: errorFile, encoding: .utf8))
    }

    /// Creates a session and returns its id and file.
    func newSession(anonymous: Bool = false) throws -> (id: String, file: String) {
      let created = try workbook(
        ["new", "--title", "Export test", "--participants", "Ana Lopez,Bo Berg"]
          + (anonymous ? ["--anonymous"] : []))
      let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
      guard created.status == 0, !id.isEmpty else {
        throw ExportTools.Failure(description: "workbook new failed: \(created.errors)")
      }
      return (id, path("sessions/\(id).json"))
    }
  }

  @Test(.enabled(if: binaryIsBuilt, "the workbook is not built; run `swift build` first"))
  func writesStandardOutputOrAFileAndNeverOverwritesWithoutForce() throws {
    let folder = try Folder()
    let (id, sessionFile) = try folder.newSession()
    let sessionBytes = try Data(contentsOf: URL(fileURLWithPath: sessionFile))

    let printed = try folder.workbook(["export", id, "--format", "markdown"])
    #expect(printed.status == 0, "\(printed.errors)")
    #expect(printed.output.hasPrefix("# Export test\n"))

    let written = try folder.workbook(["export", id, "--format", "markdown", "-o", "report.md"])
    #expect(written.status == 0, "\(written.errors)")
    #expect(written.output.isEmpty)
    #expect(try String(contentsOfFile: folder.path("report.md"), encoding: .utf8) == printed.output)

    try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder.path("report.md")))
    let refused = try folder.workbook(["export", id, "--format", "json", "-o", "report.md"])
    #expect(refused.status == 1)
    #expect(refused.errors.contains("report.md already exists; pass --force"))
    #expect(try String(contentsOfFile: folder.path("report.md"), encoding: .utf8) == "keep me")

    let forced = try folder.workbook(
      ["export", id, "--format", "csv", "--what", "plan", "-o", "report.md", "--force"])
    #expect(forced.status == 0, "\(forced.errors)")
    #expect(
      try String(contentsOfFile: folder.path("report.md"), encoding: .utf8).hasPrefix("Focus,"))

    let ontoSession = try folder.workbook(
      ["export", id, "--format", "json", "-o", sessionFile, "--force"])
    #expect(ontoSession.status == 1)
    #expect(ontoSession.errors.contains("is the session's own file"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: sessionFile)) == sessionBytes)
  }

  @Test(.enabled(if: binaryIsBuilt, "the workbook is not built; run `swift build` first"))
  func refusesOptionsThatDoNotFit() throws {
    let folder = try Folder()
    let (id, _) = try folder.newSession()
    let badFormat = try folder.workbook(["export", id, "--format", "pdf"])
    #expect(badFormat.status != 0)
    #expect(badFormat.errors.contains("use markdown, wikitext, csv or json"))
    let whatForMarkdown = try folder.workbook([
      "export", id, "--format", "markdown", "--what", "plan",
    ])
    #expect(whatForMarkdown.status != 0)
    #expect(whatForMarkdown.errors.contains("--what chooses the CSV table"))
    let noFolder = try folder.workbook(["export", id, "--format", "json", "-o", "missing/x.json"])
    #expect(noFolder.status == 1)
    #expect(noFolder.errors.contains("No such file or directory (could not write missing/x.json)"))
  }

  @Test(.enabled(if: binaryIsBuilt, "the workbook is not built; run `swift build` first"))
  func anAnonymousSessionsExportsNameNoOne() throws {
    let folder = try Folder()
    let (id, _) = try folder.newSession(anonymous: true)
    for arguments in [
      ["--format", "markdown"], ["--format", "wikitext"], ["--format", "csv"],
      ["--format", "csv", "--what", "plan"], ["--format", "json"],
    ] {
      let exported = try folder.workbook(["export", id] + arguments)
      #expect(exported.status == 0, "\(exported.errors)")
      for name in ["Ana", "Lopez", "Bo Berg", "Berg"] {
        #expect(!exported.output.contains(name), "\(arguments) holds \(name)")
      }
    }
  }
}
