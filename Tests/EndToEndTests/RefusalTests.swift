import Foundation
import Testing
import WorkbookTestSupport

/// Without a terminal the workbook refuses plainly and names the commands that work instead.
@Suite struct RefusalTests {
  @Test func refusesWhenInputIsNotATerminal() throws {
    let home = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-e2e-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: home) }
    let result = try Subprocess.run(
      [try WorkbookWindow.binary()],
      environment: [
        "HOME": home.path, "TERM": "xterm-256color", "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
      ])

    #expect(result.status == 1)
    #expect(result.output.contains("needs a terminal"))
    for command in [
      "workbook new", "workbook list", "workbook show", "workbook scores import",
      "workbook reveal", "workbook export", "workbook content",
    ] {
      #expect(result.output.contains(command), "the message names \(command)")
    }
  }

  @Test func refusesATerminalThatCannotMoveTheCursor() throws {
    let window = try WorkbookWindow(environment: ["TERM": "dumb"])
    try window.launch()
    #expect(try window.exitStatus() == 1)
    let screen = try window.tmux.screen()
    #expect(screen.contains("TERM=dumb cannot move the cursor"))
    #expect(screen.contains("workbook export"))
  }

  /// The content and the session are read while the terminal is being taken: a problem with
  /// either is still said first, plainly, with the terminal given back.
  @Test func brokenContentIsSaidBeforeATerminalThatCannotMoveTheCursor() throws {
    let window = try WorkbookWindow(environment: ["TERM": "dumb"])
    let content = try brokenContentFolder(in: window)
    try window.launch(["--content", content.path])
    #expect(try window.exitStatus() == 1)
    let screen = try window.tmux.screen()
    #expect(screen.contains("broken.md:"), "\(screen)")
    #expect(!screen.contains("cannot move the cursor"), "\(screen)")
    #expect(try window.tmux.display("#{alternate_on}") == "0")
  }

  /// The session is read while the content still is: a problem with the content is still
  /// said, and said alone, when the session named cannot be opened either.
  @Test func brokenContentIsSaidBeforeAMissingSession() throws {
    let window = try WorkbookWindow()
    let content = try brokenContentFolder(in: window)
    try window.launch(["open", "nosuchsession", "--content", content.path])
    #expect(try window.exitStatus() == 1)
    let screen = try window.tmux.screen()
    #expect(screen.contains("broken.md:"), "\(screen)")
    #expect(!screen.contains("nosuchsession\""), "\(screen)")
    #expect(try window.tmux.display("#{alternate_on}") == "0")
  }

  /// A content folder in the window's home whose one file, broken.md, has no title.
  private func brokenContentFolder(in window: WorkbookWindow) throws -> URL {
    let content = window.home.appendingPathComponent("content")
    try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
    try "---\nid: broken\n---\n# No title\n".write(
      to: content.appendingPathComponent("broken.md"), atomically: true, encoding: .utf8)
    return content
  }

  @Test func openingAMissingSessionSaysSoWithoutTakingTheTerminal() throws {
    let window = try WorkbookWindow()
    try window.launch(["open", "nosuchsession"])
    #expect(try window.exitStatus() == 1)
    #expect(try window.tmux.screen().contains("no session \"nosuchsession\""))
    #expect(try window.tmux.display("#{alternate_on}") == "0")
  }

  @Test func aSessionOpenElsewhereIsNotOpenedTwice() throws {
    let first = try WorkbookWindow()
    let session = try first.writeSession(title: "Shared", mode: .solo, participants: ["Ana"])
    try first.launch(["open", session.id])
    try first.tmux.waitFor("Shared")

    let second = try WorkbookWindow(environment: [
      "WORKBOOK_SESSIONS_DIR": first.sessionsFolder.path
    ])
    try second.launch(["open", session.id])
    #expect(try second.exitStatus() == 1)
    #expect(try second.tmux.screen().contains("is being edited by"))

    try first.tmux.press("q")
    #expect(try first.exitStatus() == 0)
  }

  @Test func aSessionWhoseStrategyIsMissingShowsTheStartScreenAndStaysFree() throws {
    let window = try WorkbookWindow()
    let session = try window.writeSession(
      title: "Orphan", mode: .solo, participants: ["Ana"], strategyID: "a-strategy-long-gone")
    try window.launch(["open", session.id])
    let screen = try window.tmux.waitFor("a-strategy-long-gone")
    #expect(screen.contains("Orphan"), "the start screen lists it")
    let files = try FileManager.default.contentsOfDirectory(atPath: window.sessionsFolder.path)
    #expect(!files.contains { $0.hasSuffix(".lock") }, "no lock is kept on it")
    try window.tmux.press("q")
    #expect(try window.exitStatus() == 0)
  }
}
