import Foundation
import Testing
import WorkbookCore

/// A session remembers the language it was run in, and `workbook export` writes its reports in
/// it unless asked for another: a German team's report is German on any machine.
@Suite struct SessionLanguageTests {
  /// No language from the test's own environment: only what each test sets.
  static let noLanguage: [String: String?] = [
    "WORKBOOK_LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil, "LANG": nil,
    "WORKBOOK_MESSAGES": nil,
  ]

  static func workbook(
    in folder: CommandFolder, _ arguments: [String], environment: [String: String] = [:],
    input: Data? = nil
  ) throws -> CommandFolder.Outcome {
    var changes = noLanguage
    for (name, value) in environment { changes[name] = value }
    return try folder.workbook(
      arguments + ["--dir", folder.path("sessions"), "--content", Checkout.root.path + "/Content"],
      environment: changes, input: input)
  }

  static func sessionFile(_ id: String, in folder: CommandFolder) -> URL {
    URL(fileURLWithPath: folder.path("sessions/\(id).json"))
  }

  /// Removes the language from a session's file, as a session of an older workbook has none.
  static func forgetLanguage(of id: String, in folder: CommandFolder) throws {
    let file = sessionFile(id, in: folder)
    let text = try String(contentsOf: file, encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let kept = lines.filter { !$0.hasPrefix("    \"language\" : ") }
    try #require(kept.count == lines.count - 1, "no language in \(text)")
    try kept.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
  }

  private struct SessionFile: Decodable {
    var session: Session
  }

  static func session(_ id: String, in folder: CommandFolder) throws -> Session {
    try JSONDecoder().decode(SessionFile.self, from: Data(contentsOf: sessionFile(id, in: folder)))
      .session
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func aSessionMadeInGermanExportsInGermanUnlessAskedOtherwise() throws {
    let folder = try CommandFolder()
    let created = try Self.workbook(
      in: folder,
      [
        "new", "--title", "Frühjahr {{PLURAL:$1|x}} $1", "--participants", "Ana,Bo", "--language",
        "de",
      ],
      environment: ["LANG": "en_GB.UTF-8"])
    try #require(created.status == 0, "\(created.errors)")
    let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(try Self.session(id, in: folder).language == "de")
    let file = try Data(contentsOf: Self.sessionFile(id, in: folder))

    // On a machine whose locale is English, without the option: the session's German.
    let german = try Self.workbook(
      in: folder, ["export", id, "--format", "markdown"], environment: ["LANG": "en_GB.UTF-8"])
    #expect(german.status == 0 && !german.errors.contains("messages"), "\(german.errors)")
    #expect(german.output.contains("\n## Plan zur Kapazitätsentwicklung\n"))
    #expect(german.output.contains("- **Übersetzung:** "))

    let english = try Self.workbook(
      in: folder, ["export", id, "--format", "markdown", "--language", "en"])
    #expect(english.output.contains("\n## Capacity building plan\n"))
    #expect(!english.output.contains("Übersetzung"))
    // What the team typed is as typed, never read as a message.
    #expect(german.output.prefix { $0 != "\n" } == english.output.prefix { $0 != "\n" })
    #expect(german.output.hasPrefix("# Frühjahr {{PLURAL:"))
    let french = try Self.workbook(
      in: folder, ["export", id, "--format", "markdown"], environment: ["WORKBOOK_LANGUAGE": "fr"])
    #expect(french.output.contains("\n## Plan de renforcement des capacités\n"))
    // The plan's table too; the scores table is data, in the source's words.
    let plan = try Self.workbook(in: folder, ["export", id, "--format", "csv", "--what", "plan"])
    #expect(
      plan.output
        == (try Self.workbook(
          in: folder, ["export", id, "--format", "csv", "--what", "plan", "--language", "de"]
        )
        .output))
    #expect(
      plan.output
        != (try Self.workbook(
          in: folder, ["export", id, "--format", "csv", "--what", "plan", "--language", "en"]
        )
        .output))

    // Exporting never changes the session, its language included.
    #expect(try Data(contentsOf: Self.sessionFile(id, in: folder)) == file)
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func theLocaleChoosesTheLanguageOfASessionMadeWithoutTheOption() throws {
    let folder = try CommandFolder()
    let created = try Self.workbook(
      in: folder, ["new", "--title", "Atelier", "--participants", "Ana"],
      environment: ["LANG": "fr_FR.UTF-8"])
    try #require(created.status == 0, "\(created.errors)")
    let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(try Self.session(id, in: folder).language == "fr-fr")
    let exported = try Self.workbook(
      in: folder, ["export", id, "--format", "markdown"], environment: ["LANG": "de_DE.UTF-8"])
    #expect(exported.output.contains("\n## Plan de renforcement des capacités\n"))
  }

  /// The plain mode run in French makes a session that remembers French: `workbook export`
  /// without the option then writes exactly the reports the plain mode wrote.
  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func thePlainModeInFrenchWritesWhatExportWritesWithoutTheOption() throws {
    let folder = try CommandFolder()
    let script = try Data(
      contentsOf: Checkout.root.appendingPathComponent(
        "Tests/EndToEndTests/Scripts/plain-journey.txt"))
    let outcome = try Self.workbook(
      in: folder, ["plain", "--language", "fr"], environment: ["TERM": "dumb"], input: script)
    #expect(outcome.status == 0, "\(outcome.errors)")
    let names = try FileManager.default.contentsOfDirectory(atPath: folder.path("sessions"))
      .filter { $0.hasSuffix(".json") }
    try #require(names.count == 1, "sessions: \(names)")
    let id = String(names[0].dropLast(5))
    let session = try Self.session(id, in: folder)
    #expect(session.language == "fr")
    // Typed in English by the script, kept as typed.
    #expect(session.title == "Plain journey")

    let markdown = try String(
      contentsOf: URL(fileURLWithPath: folder.path("Plain-journey.md")), encoding: .utf8)
    #expect(markdown.contains("\n## Plan de renforcement des capacités\n"))
    for (file, arguments) in [
      ("Plain-journey.md", ["--format", "markdown"]),
      ("Plain-journey.wiki", ["--format", "wikitext"]),
      ("Plain-journey-plan.csv", ["--format", "csv", "--what", "plan"]),
    ] {
      let command = try Self.workbook(
        in: folder, ["export", id, "-o", folder.path("command-" + file)] + arguments,
        environment: ["LANG": "de_DE.UTF-8"])
      #expect(command.status == 0, "\(command.errors)")
      #expect(
        try Data(contentsOf: URL(fileURLWithPath: folder.path(file)))
          == Data(contentsOf: URL(fileURLWithPath: folder.path("command-" + file))),
        "\(file) differs from workbook export")
    }
  }

  /// The front ends take --language as the commands do: one that is not a language tag is the
  /// argument parser's usage error (status 2), from the fast start path too; the variable's is
  /// an error (status 1).
  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func aLanguageThatIsNoTagIsRefusedAlikeByEveryFrontEnd() throws {
    let folder = try CommandFolder()
    for arguments in [
      ["--language", "12"], ["--language=12"], ["open", "abc", "--language", "12"],
      ["plain", "--language", "12"], ["--plain", "--language", "12"],
    ] {
      let refused = try Self.workbook(in: folder, arguments)
      #expect(refused.status == 2, "\(arguments)")
      #expect(refused.errors.contains("--language is “12”"), "\(arguments): \(refused.errors)")
      #expect(refused.output.isEmpty)
    }
    let variable = try Self.workbook(
      in: folder, ["plain"], environment: ["WORKBOOK_LANGUAGE": "12", "TERM": "dumb"],
      input: Data())
    #expect(variable.status == 1)
    #expect(variable.errors.contains("WORKBOOK_LANGUAGE is “12”"))
  }
}
