import Foundation
import Testing
import WorkbookCore

/// SIGTERM, SIGHUP and SIGINT while a participant is scoring: the score already typed is in the
/// session file, the terminal is restored, and the exit status says which signal stopped it.
@Suite struct SignalTests {
  @Test(arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")])
  func aSignalSavesRestoresTheTerminalAndExits(signal: Int32, name: String) throws {
    let window = try WorkbookWindow()
    let session = try window.writeSession(
      title: "Signal \(name)", mode: .solo, participants: ["Ana"])
    try window.startScoring(session.id, title: "Signal \(name)")
    try window.tmux.waitFor("1–5")
    try window.tmux.press("4")
    // The loop saves a change before it draws the next screen.
    try window.tmux.waitFor("Your answer: 4")

    kill(try window.processID(), signal)

    #expect(try window.exitStatus() == 128 + signal)
    #expect(try window.terminalIsRestored())
    let saved = try #require(try window.sessions().first)
    #expect(saved.participants[0].scores.values.contains(.score(4)))
  }

  @Test func aCrashStillRestoresTheTerminal() throws {
    let window = try WorkbookWindow()
    try window.launchWithNoSessions()

    kill(try window.processID(), SIGSEGV)

    #expect(try window.exitStatus() == 128 + SIGSEGV)
    #expect(try window.terminalIsRestored())
  }

  @Test func ctrlCQuitsCleanly() throws {
    let window = try WorkbookWindow()
    try window.launchWithNoSessions()
    try window.tmux.press("C-c")
    #expect(try window.exitStatus() == 0)
    #expect(try window.terminalIsRestored())
  }

  @Test func closingTheTerminalWindowKeepsWhatWasTyped() throws {
    let window = try WorkbookWindow()
    let session = try window.writeSession(
      title: "Window closed", mode: .solo, participants: ["Ana"])
    try window.startScoring(session.id, title: "Window closed")
    try window.tmux.waitFor("item 1 of 4")
    try window.tmux.press("5")
    try window.tmux.waitFor("Your answer: 5")
    let pid = try window.processID()

    window.tmux.killServer()

    try window.waitUntilEnded(pid)
    let saved = try #require(try window.sessions().first)
    #expect(saved.participants[0].scores["score-gatherings"] == .score(5))
    let files = try FileManager.default.contentsOfDirectory(atPath: window.sessionsFolder.path)
    #expect(!files.contains { $0.hasSuffix(".lock") }, "the lock went with the program")
  }
}
