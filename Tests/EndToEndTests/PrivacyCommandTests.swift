import Foundation
import Testing

/// The command line keeps the room's promise: before the reveal nothing a command prints holds
/// anything of anyone's scores, unless --include-unrevealed-scores asks for them, and then a line
/// on standard error says so. An import never reveals; `workbook reveal` does.
@Suite struct PrivacyCommandTests {
  static let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
  static let names = ["Ana", "Bo", "Cy", "Dana"]

  /// Every way to print a session's content, each as its arguments after the session.
  static let printingCommands: [[String]] = [
    ["show"], ["show", "--json"], ["export", "--format", "markdown"],
    ["export", "--format", "wikitext"], ["export", "--format", "csv"],
    ["export", "--format", "json"],
  ]

  /// Text that only scores or their results can put in an output.
  static let scoreFigures = [
    "| Mean |", "! Mean", "████", "Scored by", "**Lowest:**", "'''Lowest:'''", "Strengths (high)",
    "\"analysis\"", "\"mean\"", "\"score-gatherings\" : ", ",score-gatherings,4,",
  ]

  private let folder: CommandFolder
  private let options: [String]

  init() throws {
    folder = try CommandFolder()
    options = ["--dir", "sessions", "--content", Checkout.root.path + "/Content"]
  }

  private func workbook(_ arguments: [String], in folder: CommandFolder? = nil) throws
    -> CommandFolder.Outcome
  {
    try (folder ?? self.folder).workbook(arguments + options)
  }

  /// Runs one of `printingCommands` on `id`.
  private func print(_ command: [String], _ id: String, _ extra: [String] = []) throws
    -> CommandFolder.Outcome
  {
    try workbook([command[0], id] + command.dropFirst() + extra)
  }

  /// A workshop of four in which Ana and Bo have scored (Ana 4, 2, ?, 5; Bo 1, 3, na, 2) and
  /// Cy has begun.
  private func halfScoredSession(anonymous: Bool = false, in folder: CommandFolder? = nil) throws
    -> String
  {
    let created = try workbook(
      ["new", "--title", "Privacy", "--participants", Self.names.joined(separator: ",")]
        + (anonymous ? ["--anonymous"] : []), in: folder)
    #expect(created.status == 0, "\(created.errors)")
    let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
    try importScores(
      ["Ana": ["4", "2", "?", "5"], "Bo": ["1", "3", "na", "2"], "Cy": ["3"]], into: id,
      in: folder)
    return id
  }

  @discardableResult
  private func importScores(
    _ scores: [String: [String]], into id: String, in folder: CommandFolder? = nil
  ) throws -> CommandFolder.Outcome {
    let folder = folder ?? self.folder
    var lines = ["participant,item,score"]
    for (name, answers) in scores.sorted(by: { $0.key < $1.key }) {
      for (item, answer) in zip(Self.items, answers) { lines.append("\(name),\(item),\(answer)") }
    }
    try lines.joined(separator: "\n").write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)
    let imported = try workbook(["scores", "import", id, "scores.csv"], in: folder)
    #expect(imported.status == 0, "\(imported.errors)")
    return imported
  }

  private func expectNoScores(
    _ text: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for figure in Self.scoreFigures {
      #expect(!text.contains(figure), "\(what) holds \(figure)", sourceLocation: sourceLocation)
    }
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func beforeTheRevealNoCommandPrintsAnyScore() throws {
    let id = try halfScoredSession()
    for command in Self.printingCommands {
      let outcome = try print(command, id)
      #expect(outcome.status == 0, "\(command): \(outcome.errors)")
      expectNoScores(outcome.output, "\(command)")
      expectNoScores(outcome.errors, "\(command) (standard error)")
      #expect(!outcome.errors.contains("Printing every person's scores"), "\(command)")
    }
    let shown = try print(["show"], id).output
    #expect(shown.contains("Progress: 2 of 4 people have scored"))
    #expect(shown.contains("The scores are not revealed yet; reveal them with `workbook reveal"))
    let csv = try print(["export", "--format", "csv"], id)
    #expect(csv.output.contains("Ana,score-gatherings,,"))
    #expect(
      csv.errors.contains(
        "The scores are not revealed yet (2 of 4 people have scored), so they are left out."))
    let json = try print(["show", "--json"], id).output
    #expect(json.contains("\"scoresHidden\" : true"))

    let written = try print(["export", "--format", "csv"], id, ["-o", "scores-out.csv"])
    #expect(written.status == 0, "\(written.errors)")
    expectNoScores(
      try String(contentsOfFile: folder.path("scores-out.csv"), encoding: .utf8), "the file")
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func theOverrideFlagPrintsTheScoresAndSaysSoOnStandardError() throws {
    let id = try halfScoredSession()
    let announcement =
      "Printing every person's scores, which are not yet revealed (2 of 4 people have scored)."
    for command in Self.printingCommands {
      let outcome = try print(command, id, ["--include-unrevealed-scores"])
      #expect(outcome.status == 0, "\(command): \(outcome.errors)")
      #expect(outcome.errors.contains(announcement), "\(command): \(outcome.errors)")
      #expect(!outcome.errors.contains("left out"), "\(command)")
    }
    #expect(try print(["show"], id, ["--include-unrevealed-scores"]).output.contains("| Mean |"))
    #expect(
      try print(["export", "--format", "csv"], id, ["--include-unrevealed-scores"]).output
        .contains("Ana,score-gatherings,4,"))
    #expect(
      try print(["export", "--format", "json"], id, ["--include-unrevealed-scores"]).output
        .contains("\"analysis\""))

    let written = try print(
      ["export", "--format", "wikitext"], id, ["--include-unrevealed-scores", "-o", "r.wiki"])
    #expect(
      written.errors.contains(
        "Wrote every person's scores, which are not yet revealed (2 of 4 people have scored), "
          + "to r.wiki."))
    #expect(try String(contentsOfFile: folder.path("r.wiki"), encoding: .utf8).contains("! Mean"))
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func afterTheRevealEveryCommandPrintsTheScoresAndSaysNothingMore() throws {
    let id = try halfScoredSession()
    let revealed = try workbook(["reveal", id, "--yes"])
    #expect(revealed.status == 0, "\(revealed.errors)")
    for extra in [[], ["--include-unrevealed-scores"]] {
      for command in Self.printingCommands {
        let outcome = try print(command, id, extra)
        #expect(outcome.status == 0, "\(command): \(outcome.errors)")
        #expect(outcome.errors.isEmpty, "\(command) \(extra): \(outcome.errors)")
        #expect(
          Self.scoreFigures.contains { outcome.output.contains($0) }, "\(command) \(extra)")
      }
    }
  }

  /// Two sessions, the same but for one finished person's answers, each in its own folder
  /// under the same relative names: every default command prints the same bytes for both.
  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func twinSessionsPrintTheSameBytesBeforeTheReveal() throws {
    let id = try halfScoredSession()
    let twinFolder = try CommandFolder()
    try FileManager.default.createDirectory(
      atPath: twinFolder.path("sessions"), withIntermediateDirectories: true)
    let file = "sessions/\(id).json"
    // The twin: Ana's answers changed in the file itself, every other byte of meaning the same.
    let data = try Data(contentsOf: URL(fileURLWithPath: folder.path(file)))
    var object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    var session = try #require(object["session"] as? [String: Any])
    var participants = try #require(session["participants"] as? [[String: Any]])
    #expect(participants[0]["name"] as? String == "Ana")
    #expect(participants[0]["finishedScoring"] as? Bool == true)
    participants[0]["scores"] = [
      "score-gatherings": 1, "score-communication": "na", "score-needs": 5, "score-overall": 1,
    ]
    session["participants"] = participants
    object["session"] = session
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]).write(
      to: URL(fileURLWithPath: twinFolder.path(file)))

    for command in Self.printingCommands + [["export", "--format", "csv", "--what", "plan"]] {
      let arguments = [command[0], id] + command.dropFirst()
      let first = try workbook(arguments)
      let second = try workbook(arguments, in: twinFolder)
      #expect(first.status == 0 && second.status == 0, "\(command): \(second.errors)")
      #expect(first.output == second.output, "\(command)")
      #expect(first.errors == second.errors, "\(command)")
    }
    let listed = try workbook(["list"])
    #expect(listed.output == (try workbook(["list"], in: twinFolder)).output)
    // With the flag the twins differ, so the comparison above could fail.
    let asked = ["export", id, "--format", "csv", "--include-unrevealed-scores"]
    #expect(try workbook(asked).output != (try workbook(asked, in: twinFolder)).output)
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func anImportNeverRevealsAndTheRevealIsExplicit() throws {
    let id = try halfScoredSession()
    let nobody = try workbook(["new", "--title", "Empty", "--participants", "Ana,Bo"])
    let emptyID = nobody.output.trimmingCharacters(in: .whitespacesAndNewlines)
    let refusedEmpty = try workbook(["reveal", emptyID, "--yes"])
    #expect(refusedEmpty.status == 1)
    #expect(refusedEmpty.errors.contains("nobody in \(emptyID) has scored yet"))

    let sessionFile = folder.path("sessions/\(id).json")
    let before = try Data(contentsOf: URL(fileURLWithPath: sessionFile))
    let refused = try workbook(["reveal", id])
    #expect(refused.status == 1)
    #expect(
      refused.errors.contains("2 of 4 people have scored in \(id); still to score: Cy, Dana."))
    #expect(refused.errors.contains("pass --yes to reveal now"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: sessionFile)) == before)

    let imported = try importScores(
      ["Cy": ["3", "3", "3", "3"], "Dana": ["5", "5", "4", "?"]], into: id)
    #expect(imported.output.contains("All 4 have scored. Reveal with: workbook reveal \(id)"))
    let stillHidden = try print(["export", "--format", "markdown"], id)
    expectNoScores(stillHidden.output, "markdown after a complete import")

    let revealed = try workbook(["reveal", id])
    #expect(revealed.status == 0, "\(revealed.errors)")
    #expect(revealed.output.contains("Revealed the scores: 4 of 4 people have scored."))
    #expect(try print(["show"], id).output.contains("| Mean |"))
    let again = try workbook(["reveal", id])
    #expect(again.status == 0)
    #expect(again.output.contains("already revealed"))

    let solo = try workbook(["new", "--title", "Alone", "--participant", "Ana", "--mode", "solo"])
    let soloID = solo.output.trimmingCharacters(in: .whitespacesAndNewlines)
    #expect(try workbook(["reveal", soloID]).output.contains("nothing to reveal"))
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func aPartlyScoredSessionIsRevealedOnlyWithYes() throws {
    let id = try halfScoredSession()
    let revealed = try workbook(["reveal", id, "--yes"])
    #expect(revealed.status == 0, "\(revealed.errors)")
    #expect(revealed.output.contains("Revealed the scores: 2 of 4 people have scored."))
    #expect(
      try print(["export", "--format", "csv"], id).output.contains("Ana,score-gatherings,4,"))
  }

  /// Over many new sessions the first to score is not always "Participant 1", and one session
  /// numbers its people the same way every time, across saves.
  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func anonymousLabelsDoNotFollowTheScoringOrder() throws {
    func anasLabel(_ id: String) throws -> String {
      let csv = try print(["export", "--format", "csv"], id, ["--include-unrevealed-scores"])
      let row = try #require(
        csv.output.split(whereSeparator: \.isNewline).first { $0.contains(",score-gatherings,4,") })
      return String(row.prefix { $0 != "," })
    }
    var labels: Set<String> = []
    var first = ""
    for _ in 0..<20 {
      let created = try workbook([
        "new", "--title", "Labels", "--participants", "Ana,Bo,Cy", "--anonymous",
      ])
      let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
      try importScores(["Ana": ["4", "4", "4", "4"]], into: id)
      let label = try anasLabel(id)
      #expect(try anasLabel(id) == label)
      labels.insert(label)
      if first.isEmpty { first = id }
    }
    // 20 sessions of three: all giving Ana one label has odds of 1 in 3^19.
    #expect(labels.count > 1, "Ana was always \(labels)")
    #expect(labels.isSubset(of: ["Participant 1", "Participant 2", "Participant 3"]))

    let label = try anasLabel(first)
    try importScores(["Bo": ["1", "1", "1", "1"]], into: first)
    #expect(try workbook(["reveal", first, "--yes"]).status == 0)
    #expect(try anasLabel(first) == label)
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func helpSaysWhatIsHiddenAndHowToAskForIt() throws {
    for command in ["show", "export"] {
      let help = try folder.workbook([command, "--help"]).output
        .split(whereSeparator: \.isWhitespace).joined(separator: " ")
      #expect(help.contains("Before the scores are revealed"), "\(command)")
      #expect(help.contains("--include-unrevealed-scores"), "\(command)")
    }
    let reveal = try folder.workbook(["reveal", "--help"]).output
    #expect(reveal.contains("--yes"))
  }
}
