import Foundation
import Testing

/// The facilitator's clock in a real terminal: an agenda planned on the Overview, saved with the
/// session, and a step's time running out on screen. The timers' clock runs 300 times faster
/// (WORKBOOK_TEST_CLOCK_SPEED, for tests only), so five minutes pass in a second.
@Suite struct ClockTests {
  @Test func anAgendasTimeRunsOutOnScreenAndTheAgendaIsSaved() throws {
    let window = try WorkbookWindow(environment: ["WORKBOOK_TEST_CLOCK_SPEED": "300"])
    let tmux = window.tmux
    let session = try window.writeSession(title: "Clock", mode: .workshop, participants: ["Ana"])
    try window.launch(["open", session.id])
    try tmux.waitFor("Clock")
    try tmux.press("a")
    try tmux.waitFor("the suggested 60-minute split")
    try tmux.press("9")
    try tmux.waitFor("the suggested 90-minute split")
    try tmux.press("Enter")
    try tmux.waitFor("How this session runs")
    // On the Scores step (20 minutes in the 90-minute agenda: four seconds here), the time
    // shows, then runs out.
    try tmux.press("2")
    try tmux.waitFor("Each person scores in private")
    try tmux.press("T")
    try tmux.waitUntil("the Scores timer to show") {
      $0.contains("Scores: ") && $0.contains(" left")
    }
    // It shows on the other steps too, and says when time is up.
    try tmux.press("3")
    try tmux.waitFor("Time is up for Scores (20 min)")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    let saved = try #require(try window.sessions().first)
    #expect(saved.agenda?.minutes["reflection"] == 25)
    #expect(saved.agenda?.totalMinutes == 90)
  }
}
