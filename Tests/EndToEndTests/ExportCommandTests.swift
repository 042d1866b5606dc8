import Foundation
import Testing

/// `workbook export` as a script uses it: standard output by default, a file with --output,
/// never overwriting without --force, and never changing the session.
@Suite struct ExportCommandTests {
  static var binaryIsBuilt: Bool {
    ExportTools.inCI || FileManager.default.isExecutableFile(atPath: Checkout.binary)
  }

  /// Runs the workbook from `folder`, with a sessions folder there and the shipped content.
  static func workbook(in folder: CommandFolder, _ arguments: [String]) throws
    -> CommandFolder.Outcome
  {
    try folder.workbook(
      arguments + [
        "--dir", folder.path("sessions"), "--content",
        Checkout.root.appendingPathComponent("Content").path,
      ])
  }

  /// Creates a session in `folder` and returns its id and file.
  static func newSession(in folder: CommandFolder, anonymous: Bool = false) throws
    -> (id: String, file: String)
  {
    let created = try workbook(
      in: folder,
      ["new", "--title", "Export test", "--participants", "Ana Lopez,Bo Berg"]
        + (anonymous ? ["--anonymous"] : []))
    let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard created.status == 0, !id.isEmpty else {
      throw ExportTools.Failure(description: "workbook new failed: \(created.errors)")
    }
    return (id, folder.path("sessions/\(id).json"))
  }

  @Test(.enabled(if: binaryIsBuilt, "the workbook is not built; run `swift build` first"))
  func writesStandardOutputOrAFileAndNeverOverwritesWithoutForce() throws {
    let folder = try CommandFolder()
    let (id, sessionFile) = try Self.newSession(in: folder)
    let sessionBytes = try Data(contentsOf: URL(fileURLWithPath: sessionFile))

    let printed = try Self.workbook(in: folder, ["export", id, "--format", "markdown"])
    #expect(printed.status == 0, "\(printed.errors)")
    #expect(printed.output.hasPrefix("# Export test\n"))

    let written = try Self.workbook(
      in: folder, ["export", id, "--format", "markdown", "-o", "report.md"])
    #expect(written.status == 0, "\(written.errors)")
    #expect(written.output.isEmpty)
    #expect(try String(contentsOfFile: folder.path("report.md"), encoding: .utf8) == printed.output)

    try Data("keep me".utf8).write(to: URL(fileURLWithPath: folder.path("report.md")))
    let refused = try Self.workbook(
      in: folder, ["export", id, "--format", "json", "-o", "report.md"])
    #expect(refused.status == 1)
    #expect(refused.errors.contains("report.md already exists; pass --force"))
    #expect(try String(contentsOfFile: folder.path("report.md"), encoding: .utf8) == "keep me")

    let forced = try Self.workbook(
      in: folder,
      ["export", id, "--format", "csv", "--what", "plan", "-o", "report.md", "--force"])
    #expect(forced.status == 0, "\(forced.errors)")
    #expect(
      try String(contentsOfFile: folder.path("report.md"), encoding: .utf8).hasPrefix("Focus,"))

    let ontoSession = try Self.workbook(
      in: folder,
      ["export", id, "--format", "json", "-o", sessionFile, "--force"])
    #expect(ontoSession.status == 1)
    #expect(ontoSession.errors.contains("is the session's own file"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: sessionFile)) == sessionBytes)
  }

  @Test(.enabled(if: binaryIsBuilt, "the workbook is not built; run `swift build` first"))
  func refusesOptionsThatDoNotFit() throws {
    let folder = try CommandFolder()
    let (id, _) = try Self.newSession(in: folder)
    let badFormat = try Self.workbook(in: folder, ["export", id, "--format", "pdf"])
    #expect(badFormat.status != 0)
    #expect(badFormat.errors.contains("use markdown, wikitext, csv or json"))
    let whatForMarkdown = try Self.workbook(
      in: folder,
      [
        "export", id, "--format", "markdown", "--what", "plan",
      ])
    #expect(whatForMarkdown.status != 0)
    #expect(whatForMarkdown.errors.contains("--what chooses the CSV table"))
    let noFolder = try Self.workbook(
      in: folder, ["export", id, "--format", "json", "-o", "missing/x.json"])
    #expect(noFolder.status == 1)
    #expect(noFolder.errors.contains("No such file or directory (could not write missing/x.json)"))
  }

  @Test(.enabled(if: binaryIsBuilt, "the workbook is not built; run `swift build` first"))
  func anAnonymousSessionsExportsNameNoOne() throws {
    let folder = try CommandFolder()
    let (id, _) = try Self.newSession(in: folder, anonymous: true)
    for arguments in [
      ["--format", "markdown"], ["--format", "wikitext"], ["--format", "csv"],
      ["--format", "csv", "--what", "plan"], ["--format", "json"],
    ] {
      let exported = try Self.workbook(in: folder, ["export", id] + arguments)
      #expect(exported.status == 0, "\(exported.errors)")
      for name in ["Ana", "Lopez", "Bo Berg", "Berg"] {
        #expect(!exported.output.contains(name), "\(arguments) holds \(name)")
      }
    }
  }
}
