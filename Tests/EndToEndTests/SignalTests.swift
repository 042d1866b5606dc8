import Foundation
import Testing
import WorkbookCore

/// Signals while a participant is scoring: the score already typed is in the session file, the
/// terminal is restored, and the exit status says which signal stopped it. Every signal whose
/// default would end the program does this (SIGQUIT without a crash report); SIGPIPE is ignored.
@Suite struct SignalTests {
  @Test(arguments: [
    (SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT"), (SIGQUIT, "QUIT"), (SIGUSR1, "USR1"),
    (SIGUSR2, "USR2"), (SIGALRM, "ALRM"),
  ])
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
    // No crash report (Swift's, for SIGQUIT) was printed over the screen.
    let screen = try window.tmux.screen()
    #expect(!screen.contains("crashed") && !screen.contains("Backtrace"), "\(screen)")
    #expect(try window.terminalIsRestored())
    let saved = try #require(try window.sessions().first)
    #expect(saved.participants[0].scores.values.contains(.score(4)))
  }

  @Test func aBrokenPipeSignalIsIgnored() throws {
    let window = try WorkbookWindow()
    try window.launchWithNoSessions()

    kill(try window.processID(), SIGPIPE)

    // Still running and answering keys: the form opens, then q leaves as usual.
    try window.tmux.press("n")
    try window.tmux.waitFor("Start a new session")
    try window.tmux.press("Escape")
    try window.tmux.waitFor("No sessions yet")
    try window.tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(try window.terminalIsRestored())
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
