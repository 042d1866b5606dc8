import Foundation
import Testing
import WorkbookCore

/// A German team's workshop in a real terminal (tmux): `workbook --language de`, a new session,
/// each person's private turn, the reveal, the Markdown report written from the Export step.
///
/// It waits only on what shows in any language the workbook speaks: the content's German words,
/// what the team typed, the numbers, the marks and frames of the screens. So it stays true while
/// the workbook's own words move into its message files.
@Suite struct GermanJourneyTests {
  /// The four score items' titles in the German content, in order.
  static let items = [
    "Treffen vor Ort und online", "Kommunikation online", "Bedürfnisse der Online-Beitragenden",
    "Die Strategie als Ganzes",
  ]
  static let scores = ["Ana": [4, 2, 1, 3], "Quentin": [5, 2, 4, 3]]

  @Test func aGermanTeamScoresRevealsAndExportsItsReportInGerman() throws {
    let window = try WorkbookWindow(environment: ["LANG": "C.UTF-8"])
    let tmux = window.tmux
    try tmux.shell("cd '\(window.home.path)'")
    try window.launch(["--language", "de"])
    // The workbook has the screen once the alternate screen is on.
    _ = try tmux.waitUntil("the workbook to take the screen") { _ in
      (try? tmux.display("#{alternate_on}")) == "1"
    }
    try tmux.press("n")
    // The form offers the strategy by its German title.
    try tmux.waitFor("Mit Online-Beitragenden Gemeinschaften aufbauen")
    try tmux.type("Frühjahrstreffen")
    try tmux.press("Tab")
    try tmux.type("Wikimedia Österreich")
    // Mode (workshop), anonymous (off), strategy: keep them; on to the first participant.
    try tmux.press("Tab", "Tab", "Tab", "Tab")
    try tmux.type("Ana")
    try tmux.waitFor("Ana")
    try tmux.press("Enter")
    try tmux.type("Quentin")
    try tmux.waitFor("Quentin")
    try tmux.press("Tab", "Tab", "Enter")
    // The session opens on its Overview: the German introduction.
    try tmux.waitFor("beschäftigt sich damit")

    try tmux.press("2")
    for name in ["Ana", "Quentin"] {
      let other = name == "Ana" ? "Quentin" : "Ana"
      // The list of who scores, both names on it; Enter starts the next person's turn.
      try tmux.waitUntil("the list with \(name) next") {
        $0.contains("Ana") && $0.contains("Quentin") && !$0.contains(Self.items[0])
      }
      try tmux.press("Enter")
      // The privacy screen names only the person to score.
      let privacy = try tmux.waitUntil("the privacy screen for \(name)") {
        $0.contains(name) && !$0.contains(other)
      }
      #expect(!privacy.contains(Self.items[0]))
      try tmux.press("Enter")
      for (index, answer) in (Self.scores[name] ?? []).enumerated() {
        try tmux.waitFor(Self.items[index])
        try tmux.press("\(answer)")
        // The answer taken is marked on its line of the scale.
        try tmux.waitUntil("\(name)'s answer \(answer) to item \(index + 1)") {
          $0.contains("▸ \(answer)")
        }
        try tmux.press("Enter")
      }
      // The check of the answers: every item at once, with the person's own answers.
      try tmux.waitUntil("\(name)'s answers to check") { screen in
        Self.items.allSatisfy { screen.contains($0) }
      }
      try tmux.press("Enter")
    }

    try tmux.waitUntil("the list once both have scored") {
      $0.contains("Ana") && $0.contains("Quentin") && !$0.contains(Self.items[0])
    }
    try tmux.press("r")
    try tmux.waitFor("┌")
    try tmux.press("y")
    // The results: the German items with their means (4.5, 2.0, 2.5, 3.0).
    let results = try tmux.waitUntil("the revealed results") { screen in
      Self.items.allSatisfy { screen.contains($0) }
        && (screen.contains("4.5") || screen.contains("4,5"))
    }
    #expect(!results.contains("┌"))

    try tmux.press("6")
    try tmux.waitFor("Frühjahrstreffen.md")
    try tmux.press("w")
    let report = window.home.appendingPathComponent("Frühjahrstreffen.md")
    try Self.waitForFile(report)
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)

    let written = try String(contentsOf: report, encoding: .utf8)
    #expect(written.hasPrefix("# Frühjahrstreffen\n"))
    #expect(written.contains("\n## Plan zur Kapazitätsentwicklung\n"))
    #expect(written.contains("- **Übersetzung:** "))
    #expect(written.contains(Self.items[2]))
    #expect(!written.contains("## Capacity building plan"))
    let session = try #require(try window.sessions().first)
    #expect(session.language == "de")
    #expect(session.scoresRevealed)
    #expect(session.organization == "Wikimedia Österreich")
    #expect(session.participants.map(\.name) == ["Ana", "Quentin"])
    let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
    for participant in session.participants {
      #expect(
        items.map { participant.scores[$0] }
          == (Self.scores[participant.name] ?? []).map { ScoreAnswer.score($0) })
    }
  }

  /// Polls until the file exists, as the tmux helpers poll the screen.
  private static func waitForFile(_ file: URL) throws {
    for _ in 0..<Tmux.pollLimit {
      if FileManager.default.fileExists(atPath: file.path) { return }
      usleep(Tmux.pollInterval)
    }
    throw WorkbookWindow.Failure(description: "\(file.path) was never written")
  }
}
