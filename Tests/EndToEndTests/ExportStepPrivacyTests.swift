import Foundation
import Testing

/// The Export step before a workshop's reveal, in a real terminal: the scores CSV shows and writes
/// its rows with the scores left out, exactly as `workbook export` does by default.
@Suite struct ExportStepPrivacyTests {
  @Test func theScoresCSVBeforeTheRevealIsWrittenWithoutAnyScore() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Not yet", mode: .workshop, participants: ["Ana", "Bo"], scores: [[5, 1, 4, 2]])
    try tmux.shell("cd '\(window.home.path)'")
    try window.launch(["open", session.id])
    try tmux.waitFor("Not yet")
    try tmux.press("6")
    try tmux.waitFor("Not-yet.md")
    try tmux.press("Down", "Down")
    let preview = try tmux.waitFor("Not-yet-scores.csv")
    #expect(preview.contains("Ana,score-gatherings,,"))
    #expect(preview.contains("holds no one's scores"))
    try tmux.press("w")
    try tmux.waitFor("Written to")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    let written = try String(
      contentsOf: window.home.appendingPathComponent("Not-yet-scores.csv"), encoding: .utf8)
    let rows = written.split(whereSeparator: \.isNewline).dropFirst()
    #expect(rows.count == 8)
    for row in rows {
      #expect(row.split(separator: ",", omittingEmptySubsequences: false)[2].isEmpty)
    }
  }
}
