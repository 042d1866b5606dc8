import Foundation
import Testing

/// A terminal that goes away without a SIGHUP (the workbook is not its session leader, as under
/// some terminal multiplexers and remote shells): reads then fail at once, and the workbook must
/// notice, save and leave instead of spinning for ever.
@Suite struct HangUpTests {
  /// Starts the workbook on a pseudo-terminal that is not its controlling terminal, waits for its
  /// first frame, closes the terminal's other end, and prints how the workbook ended. The wait
  /// for the end has a deadline only so that a failure ends the test instead of hanging it.
  static let driver = """
    import os, subprocess, sys, fcntl, termios, struct
    binary, folder, content = sys.argv[1:4]
    made = subprocess.run([binary, "new", "--title", "Gone", "--participant", "Ana",
                           "--dir", folder, "--content", content], capture_output=True, text=True)
    session = made.stdout.strip()
    master, slave = os.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 80, 0, 0))
    child = subprocess.Popen([binary, "open", session, "--dir", folder, "--content", content],
                             stdin=slave, stdout=slave, stderr=slave, start_new_session=True,
                             env=dict(os.environ, TERM="xterm-256color", LANG="C.UTF-8"))
    os.close(slave)
    seen = b""
    while b"help" not in seen:
        seen += os.read(master, 65536)
    os.close(master)
    try:
        print("exit", child.wait(timeout=60))
    except subprocess.TimeoutExpired:
        child.kill()
        print("still running after its terminal closed")
    """

  @Test(.enabled(if: ExportTools.shouldRun("python3"), "python3 is not installed"))
  func aTerminalThatGoesAwayEndsTheWorkbookAsAHangUpWould() throws {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-hangup-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = Checkout.root.appendingPathComponent("Content").path
    let report = try ExportTools.run(
      "python3", ["-c", Self.driver, WorkbookWindow.binary(), folder.path, content], input: "")
    #expect(report.trimmingCharacters(in: .whitespacesAndNewlines) == "exit \(128 + SIGHUP)")
  }
}
