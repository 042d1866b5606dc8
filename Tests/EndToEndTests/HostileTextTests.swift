import Foundation
import Testing
import WorkbookCore

/// Every command run against a session, a CSV file, a content folder and file names full of what
/// a terminal would obey: standard output and standard error hold no control character but line
/// breaks and tabs, no direction control, and no line that the hostile text started. Files
/// written with --output keep the text exactly.
@Suite struct HostileTextTests {
  /// A window title (OSC 0), the clipboard (OSC 52), a cleared screen, a CSI as one C1 character,
  /// a backspace, DEL, NEL, a right-to-left override and isolate, a right-to-left mark, a line
  /// separator, and a line break before FORGED, which must never start a line.
  static let attack =
    "\u{1B}]0;pwned\u{07}\u{1B}]52;c;ZXZpbA==\u{07}\u{1B}[2J\u{9B}31m\u{08}\u{7F}\u{85}"
    + "\u{202E}dlrow\u{2066}x\u{2069}\u{200F}\u{2028}\r\nFORGED"
  /// The same without the line break: free text (an answer, a note) is paragraphs, its lines are
  /// its own.
  static let controls =
    "\u{1B}]0;pwned\u{07}\u{1B}[2J\u{9B}31m\u{08}\u{7F}\u{202E}dlrow\u{2066}x\u{2069}\u{200F}"

  private let folder: CommandFolder
  private let content: String
  private let sessionID: String

  init() throws {
    folder = try CommandFolder()
    content = Checkout.root.path + "/Content"
    let created = try folder.workbook([
      "new", "--title", "Plain", "--participant", "Ana", "--participant", "Bo", "--dir",
      folder.path("sessions"), "--content", content,
    ])
    sessionID = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
    guard created.status == 0, !sessionID.isEmpty else {
      throw ExportTools.Failure(description: "workbook new failed: \(created.errors)")
    }
    try makeHostile()
  }

  /// Puts the attack in every field of the session, beside it a broken session file whose name
  /// holds it, a CSV file of scores, and a content folder (a strategy and a broken file).
  private func makeHostile() throws {
    let file = URL(fileURLWithPath: folder.path("sessions/\(sessionID).json"))
    var stored = try JSONDecoder().decode(SessionFile.self, from: Data(contentsOf: file))
    var session = stored.session
    let attack = Self.attack
    session.title = "Q3 review" + attack
    session.organization = "=cmd|' /C calc'!A0" + attack
    let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
    for (index, score) in [1, 5].enumerated() {
      session.participants[index].name += attack
      session.participants[index].scores = Dictionary(
        uniqueKeysWithValues: items.map { ($0, ScoreAnswer.score(score)) })
      session.participants[index].finishedScoring = true
    }
    session.scoresRevealed = true
    session.reflection["strength-or-challenge"] = ReflectionAnswer(text: "Ours" + Self.controls)
    session.reviews["case-studies"] = RecommendationReview(
      status: .tryNext, priority: .high, note: "Note" + attack)
    session.plan = [
      PlanRow(
        id: "row-1",
        cells: Dictionary(
          uniqueKeysWithValues: [
            "focus", "goal", "actions", "who", "resources", "by-when", "measure", "status",
          ].map { ($0, "@SUM(A1)" + attack) }))
    ]
    session.facilitatorNotes = "Notes" + attack
    stored.session = session
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(stored).write(to: file)

    try Data("{ not json".utf8).write(
      to: URL(fileURLWithPath: folder.path("sessions/broken" + attack + ".json")))

    let rows = [
      "participant,item,score",
      "\"Ana\(attack)\",score-gatherings,4",
      "Zoë\u{202E}x,score-needs,4",
      "Nobody,score-needs,\"4\u{1B}[2J\"",
      "Nobody,score-needs,4",
      "Ana,\"score-\u{9B}needs\",4",
    ]
    try rows.joined(separator: "\r\n").write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)

    let strategy = try String(
      contentsOfFile: content + "/working-with-online-contributors.md", encoding: .utf8
    )
    .replacingOccurrences(
      of: "title: Working with online contributors to build communities",
      with: "title: Working with" + Self.controls)
    try FileManager.default.createDirectory(
      atPath: folder.path("content"), withIntermediateDirectories: true)
    try strategy.write(
      toFile: folder.path("content/strategy.md"), atomically: true, encoding: .utf8)
    try FileManager.default.createDirectory(
      atPath: folder.path("broken-content"), withIntermediateDirectories: true)
    try strategy.write(
      toFile: folder.path("broken-content/strategy.md"), atomically: true, encoding: .utf8)
    try "nonsense\n".write(
      toFile: folder.path("broken-content/bad" + attack + ".md"), atomically: true,
      encoding: .utf8)
  }

  private func run(_ arguments: [String], content: String? = nil) throws -> CommandFolder.Outcome {
    try folder.workbook(
      arguments + ["--dir", folder.path("sessions"), "--content", content ?? self.content])
  }

  /// What a terminal would act on: C0 controls but line feed and tab, DEL, C1 controls,
  /// direction controls, line and paragraph separators.
  private static func actsOnATerminal(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x0A, 0x09: false
    case 0x00..<0x20, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0x2028, 0x2029: true
    default: false
    }
  }

  private func expectHarmless(
    _ outcome: CommandFolder.Outcome, status: Int32, _ arguments: [String],
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      outcome.status == status, "\(arguments): \(outcome.errors)", sourceLocation: sourceLocation)
    for (stream, text) in [("standard output", outcome.output), ("standard error", outcome.errors)]
    {
      let found = text.unicodeScalars.filter(Self.actsOnATerminal)
        .map { String($0.value, radix: 16) }
      #expect(
        found.isEmpty, "\(arguments) wrote U+\(found) to \(stream)", sourceLocation: sourceLocation)
      // The first word of every line is the workbook's, never the attack's.
      let forged = text.split(separator: "\n").filter {
        $0.drop { !$0.isLetter }.hasPrefix("FORGED")
      }
      #expect(
        forged.isEmpty, "\(arguments) let the text start a line in \(stream): \(forged)",
        sourceLocation: sourceLocation)
    }
  }

  @Test func everyCommandShowsTheTextAndObeysNone() throws {
    let id = sessionID
    let cases: [(arguments: [String], status: Int32)] = [
      (["list"], 0),
      (["show", id], 0),
      (["show", id, "--json"], 0),
      (["export", id, "--format", "markdown"], 0),
      (["export", id, "--format", "wikitext"], 0),
      (["export", id, "--format", "json"], 0),
      (["export", id, "--format", "csv"], 0),
      (["export", id, "--format", "csv", "--what", "plan"], 0),
      (["export", id, "--format", "csv", "--what", "plan", "--csv-raw"], 0),
      (["scores", "import", id, folder.path("scores.csv")], 1),
      (["show", "broken"], 1),
      (["show", "x" + Self.attack], 1),
      (["new", "--title", "T" + Self.attack, "--participant", "Ana"], 2),
      (["new", "--title", "T", "--participant", "Ana" + Self.attack], 2),
      (["new", "--title", "T", "--participant", "Ana", "--organization", Self.attack], 2),
      (["export", id, "--format", "csv" + Self.attack], 2),
    ]
    for (arguments, status) in cases {
      expectHarmless(try run(arguments), status: status, arguments)
    }
    for arguments in [["content", "show"], ["content", "show", "--json"], ["content", "check"]] {
      expectHarmless(try run(arguments, content: folder.path("content")), status: 0, arguments)
    }
    let check = ["content", "check", folder.path("broken-content")]
    expectHarmless(try run(check), status: 1, check)
  }

  @Test func theTextIsShownAsEscapesWhereItStands() throws {
    let listed = try run(["list"])
    let row = try #require(listed.output.split(separator: "\n").first { $0.hasPrefix(sessionID) })
    #expect(row.contains("Q3 review\\u{1B}]0;pwned\\u{07}\\u{1B}]52;c;ZXZpbA==\\u{07}\\u{1B}[2J"))
    #expect(row.contains("\\u{202E}dlrow\\u{2066}x\\u{2069}\\u{200F}\\u{2028}\\u{0D}\\u{0A}FORGED"))
    #expect(
      listed.output.split(separator: "\n").contains {
        $0.hasPrefix("broken\\u{1B}]0;pwned") && $0.contains("BROKEN")
      })

    let imported = try run(["scores", "import", sessionID, folder.path("scores.csv")])
    let problems = imported.errors.split(separator: "\n")
    // The first row's quoted cell holds a line break: the rows after it start a line later.
    for (line, text) in [
      (2, "the participant cell holds an escape character (U+001B)"),
      (4, "the participant cell holds a text direction override (U+202E)"),
      (5, "the score cell holds an escape character (U+001B)"),
      (6, "no participant \"Nobody\" in this session; it has Ana\\u{1B}]0;pwned"),
      (7, "the item cell holds a control character (U+009B)"),
    ] {
      #expect(
        problems.contains { $0.hasPrefix(folder.path("scores.csv") + ": line \(line): \(text)") },
        "line \(line): \(imported.errors)")
    }
  }

  @Test func filesWrittenWithOutputKeepTheExactText() throws {
    let csv = try run([
      "export", sessionID, "--format", "csv", "--what", "plan", "--csv-raw", "-o", "plan.csv",
    ])
    #expect(csv.status == 0, "\(csv.errors)")
    let written = try String(contentsOfFile: folder.path("plan.csv"), encoding: .utf8)
    #expect(written.contains("@SUM(A1)" + Self.attack))
    let guarded = try run([
      "export", sessionID, "--format", "csv", "--what", "plan", "-o", "guarded.csv",
    ])
    #expect(guarded.status == 0, "\(guarded.errors)")
    #expect(
      try String(contentsOfFile: folder.path("guarded.csv"), encoding: .utf8)
        .contains("\"'@SUM(A1)\u{1B}]0;pwned"))

    let json = try run(["export", sessionID, "--format", "json", "-o", "session.json"])
    #expect(json.status == 0, "\(json.errors)")
    let document = try JSONDecoder().decode(
      SessionExportDocument.self,
      from: Data(contentsOf: URL(fileURLWithPath: folder.path("session.json"))))
    #expect(document.session.title == "Q3 review" + Self.attack)
  }

  private struct SessionFile: Codable {
    var schema: Int
    var session: Session
  }
}
