import Foundation
import Testing

/// `workbook` alone takes the same folder options as the commands.
@Suite struct StartScreenOptionsTests {
  @Test func dirOpensTheStartScreenOnThatFolder() throws {
    // The environment points at an empty folder; only --dir leads to the session.
    let window = try WorkbookWindow(environment: ["WORKBOOK_SESSIONS_DIR": "/nonexistent-folder"])
    _ = try window.writeSession(
      title: "Elsewhere", mode: .solo, participants: ["Ana"], scores: [[3, 3, 3, 3]],
      revealed: false)
    try window.launch(["--dir", window.sessionsFolder.path])
    try window.tmux.waitFor("Elsewhere")
    try window.tmux.press("q")
    #expect(try window.exitStatus() == 0)
  }
}
