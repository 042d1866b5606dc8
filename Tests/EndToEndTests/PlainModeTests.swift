import Foundation
import Testing
import WorkbookCore
import WorkbookTestSupport

/// The plain line mode as a script runs it: `workbook plain < script.txt` through a pipe, with
/// TERM=dumb, standard output a file. The whole journey, from a new session to the exports.
@Suite struct PlainModeTests {
  private let folder: CommandFolder
  private let options: [String]

  init() throws {
    folder = try CommandFolder()
    options = ["--dir", folder.path("sessions"), "--content", Checkout.root.path + "/Content"]
  }

  private static let journey = Checkout.root.appendingPathComponent(
    "Tests/EndToEndTests/Scripts/plain-journey.txt")

  private func plain(_ script: Data) throws -> CommandFolder.Outcome {
    try folder.workbook(["plain"] + options, environment: ["TERM": "dumb"], input: script)
  }

  private func onlySession() throws -> Session {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("sessions"))
      .filter { $0.hasSuffix(".json") }
    try #require(files.count == 1, "sessions: \(files)")
    let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("sessions/\(files[0])")))
    return try JSONDecoder().decode(SessionFile.self, from: data).session
  }

  private struct SessionFile: Decodable {
    var session: Session
  }

  @Test func aWholeJourneyFromAScriptWritesNoEscapeAndTheSameFilesAsTheCommands() throws {
    let outcome = try plain(try Data(contentsOf: Self.journey))
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(outcome.errors.isEmpty)
    // Nothing a terminal would obey: no ESC, no other control character but the line feed.
    let controls = outcome.output.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
    }
    #expect(controls.isEmpty, "control characters: \(controls.map(\.value))")
    #expect(!outcome.output.contains("is not one of the answers"), "the script went astray")
    #expect(outcome.output.hasSuffix("Everything is saved. Goodbye.\n"))

    let session = try onlySession()
    #expect(session.title == "Plain journey" && session.organization == "WMNO")
    #expect(session.participants.map(\.name) == ["Ana", "Bo", "Chen"])
    #expect(
      session.participants.map(\.scores) == [
        [
          "score-gatherings": .score(4), "score-communication": .score(4),
          "score-needs": .score(3), "score-overall": .score(4),
        ],
        [
          "score-gatherings": .score(2), "score-communication": .score(4),
          "score-needs": .dontKnow, "score-overall": .score(3),
        ],
        [
          "score-gatherings": .score(5), "score-communication": .score(4),
          "score-needs": .notApplicable,
        ],
      ])
    #expect(session.participants.allSatisfy { $0.finishedScoring })
    #expect(session.scoresRevealed)
    #expect(
      session.reflection["strength-or-challenge"]
        == ReflectionAnswer(
          text: "We are good at gatherings,\nless at listening.", choice: "both"))
    #expect(
      session.reflection["variance-or-consensus"]?.text
        == "We split on gatherings: Bo scored 2, Chen 5.")
    #expect(
      session.reviews["meet-in-person"]
        == RecommendationReview(status: .tryNext, note: "Start with one meetup in spring."))
    #expect(session.reviews.values.filter { $0.status == .alreadyDoing }.count == 1)
    #expect(session.plan.count == 2)
    #expect(session.plan.first?.recommendationID == "meet-in-person")
    #expect(session.plan.first?["who"] == "Ana and Chen")
    #expect(
      session.plan.last?.cells
        == ["focus": "Communication online", "goal": "A welcoming talk page.", "who": "Bo"])

    // Each export is what `workbook export` writes to a file for the same session, byte for byte.
    let exports: [(file: String, arguments: [String])] = [
      ("Plain-journey.md", ["--format", "markdown"]),
      ("Plain-journey.wiki", ["--format", "wikitext"]),
      ("Plain-journey-scores.csv", ["--format", "csv", "--what", "scores"]),
      ("Plain-journey-plan.csv", ["--format", "csv", "--what", "plan"]),
      ("Plain-journey.json", ["--format", "json"]),
    ]
    for (file, arguments) in exports {
      let written = try Data(contentsOf: URL(fileURLWithPath: folder.path(file)))
      let command = try folder.workbook(
        ["export", session.id, "-o", folder.path("command-" + file)] + arguments + options)
      #expect(command.status == 0, "\(command.errors)")
      let expected = try Data(contentsOf: URL(fileURLWithPath: folder.path("command-" + file)))
      #expect(written == expected, "\(file) differs from workbook export")
    }
  }

  @Test func theEndOfTheScriptMidTextKeepsWhatWasTyped() throws {
    let script = "1\nHalf done\n\n2\nAna\n1\n3\n1\nA first line\nand a second"
    let outcome = try plain(Data(script.utf8))
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(outcome.output.contains("End of input: the text typed so far is kept."))
    let session = try onlySession()
    #expect(session.mode == .solo)
    #expect(session.reflection["strength-or-challenge"]?.text == "A first line\nand a second")
  }

  @Test func aSessionIsOpenedByNameAndAnUnknownOneRefusedPlainly() throws {
    _ = try plain(Data("1\nNamed\n\n2\nAna\n1\n8\n".utf8))
    let id = try onlySession().id
    let opened = try folder.workbook(
      ["plain", String(id.prefix(4))] + options, environment: ["TERM": "dumb"],
      input: Data("8\n".utf8))
    #expect(opened.status == 0)
    #expect(opened.output.hasPrefix("Opened “Named”."))
    let missing = try folder.workbook(
      ["plain", "nonesuch"] + options, environment: ["TERM": "dumb"], input: Data())
    #expect(missing.status == 1)
    #expect(missing.errors.contains("nonesuch"))
  }

  /// On a terminal (a pseudo-terminal `script` opens) that says it is dumb: no escape sequence
  /// either, and the pass of the keyboard scrolls the answers off the screen with blank lines.
  @Test func aDumbTerminalGetsBlankLinesBetweenPeopleAndNeverAnEscape() throws {
    let script = folder.path("script.txt")
    try Data("1\nTeam\n\n1\nAna\nBo\n.\n1\n2\n1\n\n4\n4\n4\n4\n1\n8\n".utf8).write(
      to: URL(fileURLWithPath: script))
    let command = ([Checkout.binary, "plain"] + options).map { "'\($0)'" }.joined(separator: " ")
    let log = folder.path("terminal.log")
    let environment = ProcessInfo.processInfo.environment.merging(["TERM": "dumb"]) { $1 }
    let result = try Subprocess.run(
      ["script", "-q", "-e", "-c", command, log], environment: environment, input: script)
    #expect(result.status == 0, "\(result.output)")
    let written = try Data(contentsOf: URL(fileURLWithPath: log))
    #expect(!written.contains(0x1B), "an escape reached the dumb terminal")
    let text = String(decoding: written, as: UTF8.self)
    #expect(text.contains("Thank you, Ana. Your scores are saved and hidden."))
    // Before the hand-over and before the thanks: a screenful of blank lines (the terminal's
    // line discipline ends each with a carriage return).
    let screenful = String(repeating: "\r\n", count: 20)
    #expect(text.components(separatedBy: screenful).count >= 3)
  }
}

/// The plain mode in a real terminal (tmux): between people, the screen and its scrollback are
/// cleared, so the next person cannot scroll back to the answers before.
@Suite struct PlainModeTerminalTests {
  @Test func thePassOfTheKeyboardLeavesNoAnswerInTheScrollback() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try window.launch(["plain", "--content", Checkout.root.path + "/Content"])
    try tmux.waitFor("Start: no sessions in this folder yet.")
    for line in ["1", "Team", "", "1", "Ana", "Bo", ".", "1"] {
      try tmux.type(line)
      try tmux.press("Enter")
    }
    try tmux.waitFor("choose a step")
    try tmux.shell("2")
    try tmux.waitFor("Who scores next?")
    try tmux.shell("1")
    try tmux.waitFor("press Enter when you have it")
    try tmux.press("Enter")
    for answer in ["4", "2", "?", "na"] {
      try tmux.shell(answer)
    }
    try tmux.waitFor("check your answers")
    #expect(try tmux.screenAndScrollback().contains("Ana's turn, item 1 of 4"))
    try tmux.shell("1")
    try tmux.waitFor("Thank you, Ana")
    let everything = try tmux.screenAndScrollback()
    #expect(!everything.contains("Ana's turn, item"), "Ana's items are still in the scrollback")
    #expect(!everything.contains("check your answers"))
    #expect(!everything.contains("don't know"))
    #expect(everything.contains("Scores: 1 of 2 have scored."))
    try tmux.press("C-d")
    #expect(try window.exitStatus() == 0)
  }
}
