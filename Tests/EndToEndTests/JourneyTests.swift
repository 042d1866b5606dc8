import Foundation
import Testing
import WorkbookCore

/// A team and a single person using the built workbook in a real terminal (tmux), as they do in
/// a workshop: create a session, score in private, reveal, resize, quit.
@Suite struct JourneyTests {
  /// Ana, Bo and Chen's scores for the four items, in order.
  static let teamScores = [
    "Ana": [4, 2, 1, 3],
    "Bo": [4, 3, 5, 3],
    "Chen": [5, 2, 3, 4],
  ]

  @Test func aTeamScoresInPrivateAndSeesTheRevealedResults() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try window.openNewSessionForm()
    try tmux.type("Team workshop")
    try tmux.press("Tab")
    try tmux.type("Wikimedia Example")
    // Mode (workshop), anonymous (off), strategy: keep them; on to the first participant.
    try tmux.press("Tab", "Tab", "Tab", "Tab")
    for (index, name) in ["Ana", "Bo", "Chen"].enumerated() {
      if index > 0 { try tmux.press("Enter") }
      try tmux.type(name)
      try tmux.waitFor(name)
    }
    try tmux.press("Tab", "Tab", "Enter")
    try tmux.waitFor("workshop with Ana, Bo, Chen")

    try tmux.press("2")
    try tmux.waitFor("Each person scores in private")
    for (turn, name) in ["Ana", "Bo", "Chen"].enumerated() {
      // The list selects the next person who has not scored.
      try tmux.waitFor("\(turn) of 3 have scored")
      try tmux.press("Enter")
      let privacy = try tmux.waitFor("Hand the keyboard to \(name)")
      #expect(!privacy.contains("✓ scored"), "the privacy screen shows nothing of the others")
      try tmux.press("Enter")
      try score(Self.teamScores[name] ?? [], as: name, in: tmux)
      try tmux.waitFor("\(name), check your answers")
      try tmux.press("Enter")
      try tmux.waitFor("Thank you, \(name)")
    }

    try tmux.waitFor("3 of 3 have scored")
    try tmux.press("r")
    try tmux.waitFor("Reveal everyone's scores?")
    try tmux.press("y")
    // The last line of the results, so the whole frame has arrived when the screen is read.
    let results = try tmux.waitFor("To discuss")
    #expect(row(of: "Offline and online", in: results).contains("4.3"))
    #expect(row(of: "Communication online", in: results).contains("2.3"))
    let split = row(of: "Needs of online", in: results)
    #expect(split.contains("3.0") && split.contains("Variance"))
    #expect(row(of: "The strategy as a", in: results).contains("3.3"))
    #expect(!row(of: "Offline and online", in: results).contains("Variance"))
    #expect(row(of: "To discuss", in: results).contains("Needs of online"))

    try tmux.resize(width: 60, height: 20)
    try tmux.waitFor("Make the terminal at least 80×24")
    try tmux.resize(width: 80, height: 24)
    // Again the last line of the results: the header arrives before the rows.
    let recovered = try tmux.waitFor("To discuss")
    #expect(row(of: "Needs of online", in: recovered).contains("Variance"))

    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(try window.terminalIsRestored())

    let session = try #require(try window.sessions().first)
    #expect(session.scoresRevealed)
    let itemOrder = [
      "score-gatherings", "score-communication", "score-needs", "score-overall",
    ]
    for participant in session.participants {
      let expected = (Self.teamScores[participant.name] ?? []).map { ScoreAnswer.score($0) }
      #expect(itemOrder.map { participant.scores[$0] } == expected, "\(participant.name)")
      #expect(participant.finishedScoring)
    }
  }

  @Test func onePersonScoresAloneWithoutPrivacyScreens() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try window.openNewSessionForm()
    try tmux.type("On my own")
    // Title → organization → mode: switch it to solo, then on to the one participant.
    try tmux.press("Tab", "Tab", "Right")
    try tmux.waitFor("Solo")
    try tmux.press("Tab", "Tab", "Tab")
    try tmux.type("Zoë")
    try tmux.waitFor("Zoë")
    try tmux.press("Tab", "Enter")
    try tmux.waitFor("On my own")

    try tmux.press("2")
    try tmux.press("Enter")
    try score([5, 4, 2, 2], as: "Zoë", in: tmux)
    try tmux.waitFor("Zoë, check your answers")
    // Alone, there is no one to hide the scores from: confirming shows the results.
    try tmux.press("Enter")
    // One person's own score and band: no spread or agreement of one voice.
    try tmux.waitFor("Your score")
    // The results' status line, drawn last: the whole frame has arrived.
    let results = try tmux.waitFor("e score again")
    #expect(row(of: "Offline and online", in: results).contains("5             High"))
    #expect(row(of: "Needs of online", in: results).contains("2             Low"))
    #expect(!results.contains("Hand the keyboard"))
    #expect(!results.contains("Agreement") && !results.contains("Spread"))

    try tmux.resize(width: 60, height: 20)
    try tmux.waitFor("Make the terminal at least 80×24")
    try tmux.resize(width: 80, height: 24)
    try tmux.waitFor("Your score")

    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(try window.terminalIsRestored())
    let session = try #require(try window.sessions().first)
    #expect(session.mode == .solo)
    #expect(
      session.participants.map(\.name) == ["Zoë"]
        && session.participants[0].scores == [
          "score-gatherings": .score(5), "score-communication": .score(4),
          "score-needs": .score(2), "score-overall": .score(2),
        ])
  }

  @Test func aSessionOpenedByItsPathIsSavedThere() throws {
    let window = try WorkbookWindow()
    let session = try window.writeSession(title: "By path", mode: .solo, participants: ["Ana"])
    // Move the file out of the sessions folder: the workbook is given its path.
    let elsewhere = window.home.appendingPathComponent("elsewhere.json")
    try FileManager.default.moveItem(
      at: window.sessionsFolder.appendingPathComponent("\(session.id).json"), to: elsewhere)

    try window.startScoring(elsewhere.path, title: "By path")
    try score([3], as: "Ana", in: window.tmux, of: 4)
    try window.tmux.waitFor("item 2 of 4")
    try window.tmux.press("q")
    #expect(try window.exitStatus() == 0)

    let saved = try JSONDecoder().decode(
      SessionFileProbe.self, from: Data(contentsOf: elsewhere))
    #expect(saved.session.participants[0].scores["score-gatherings"] == .score(3))
  }

  private struct SessionFileProbe: Decodable {
    var session: Session
  }

  /// Scores the items one by one as a person does: waits for each item, presses the score, sees
  /// it taken, and presses Enter for the next.
  private func score(_ answers: [Int], as name: String, in tmux: Tmux, of items: Int = 4) throws {
    for (index, answer) in answers.enumerated() {
      try tmux.waitFor("\(name)  ·  item \(index + 1) of \(items)")
      try tmux.press("\(answer)")
      try tmux.waitFor("Your answer: \(answer)")
      try tmux.press("Enter")
    }
  }

  /// The line of the screen that starts a row about `label`.
  private func row(of label: String, in screen: String) -> String {
    screen.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
  }
}
