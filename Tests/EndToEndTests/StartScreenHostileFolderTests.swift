import Foundation
import Testing

/// The start screen beside a FIFO, a link to /dev/zero and a 200 MB file in the sessions
/// folder: it lists them as broken and keeps answering keys; a folder everyone can write to is
/// refused before the terminal is taken.
@Suite struct StartScreenHostileFolderTests {
  @Test func specialAndHugeFilesAreListedAsBrokenAndQKeepsWorking() throws {
    let window = try WorkbookWindow()
    _ = try window.writeSession(title: "Real", mode: .solo, participants: ["Ana"])
    let folder = window.sessionsFolder.path
    #expect(mkfifo(folder + "/pipe.json", 0o600) == 0)
    #expect(symlink("/dev/zero", folder + "/zero.json") == 0)
    let big = open(folder + "/big.json", O_WRONLY | O_CREAT, 0o600)
    #expect(ftruncate(big, 200 << 20) == 0)
    close(big)

    try window.launch()
    // The list may be mid-frame when "Real" shows: wait for all three broken entries.
    try window.tmux.waitUntil("the three files listed as broken") {
      $0.contains("Real") && $0.components(separatedBy: "broken").count - 1 == 3
    }
    try window.tmux.press("q")
    #expect(try window.exitStatus() == 0)
  }

  @Test func aFolderEveryoneCanWriteToIsRefusedBeforeTheTerminalIsTaken() throws {
    let window = try WorkbookWindow()
    _ = try window.writeSession(title: "Real", mode: .solo, participants: ["Ana"])
    #expect(chmod(window.sessionsFolder.path, 0o777) == 0)
    try window.launch()
    #expect(try window.exitStatus() == 1)
    let screen = try window.tmux.screen()
    #expect(screen.contains("everyone may write to it"), "\(screen)")
    #expect(try window.tmux.display("#{alternate_on}") == "0")
  }
}
