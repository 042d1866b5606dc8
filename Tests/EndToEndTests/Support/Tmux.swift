import Foundation
import WorkbookTestSupport

/// A private tmux server running one window: the workbook's real terminal in the end-to-end tests.
/// Each instance has its own socket (`-L`), so tests run side by side and never touch the user's
/// tmux. Waiting is by polling `capture-pane` a bounded number of times.
final class Tmux {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  private let socket: String
  /// The server's socket file, removed at the end (tmux leaves it behind after kill-server).
  private var socketPath = ""
  private static let target = "workbook"
  /// How many times waiting looks (every `pollInterval` microseconds) before it fails: ten seconds,
  /// room for a machine busy building.
  static let pollLimit = 500
  static let pollInterval: useconds_t = 20_000

  /// Starts a server with one window of `width`×`height` running a plain shell with `environment`.
  init(width: Int = 80, height: Int = 24, environment: [String: String]) throws {
    socket = "workbook-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let assignments = environment.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
    try run(
      [
        "-f", "/dev/null", "new-session", "-d", "-s", Self.target, "-x", "\(width)", "-y",
        "\(height)", "env", "-i",
      ] + assignments + ["sh"])
    // The window keeps the size asked for, whatever clients attach.
    try run(["set-option", "-t", Self.target, "window-size", "manual"])
    socketPath = try display("#{socket_path}")
  }

  /// Ends the server and with it the window, as closing a terminal window does: the programs in
  /// it get SIGHUP.
  func killServer() {
    _ = try? run(["kill-server"])
  }

  deinit {
    killServer()
    if !socketPath.isEmpty { unlink(socketPath) }
  }

  /// Presses keys by tmux's names ("Enter", "Escape", "Up", "C-c") or types literal strings.
  func press(_ keys: String...) throws {
    try run(["send-keys", "-t", Self.target] + keys)
  }

  /// Presses a key that changes the screen (a move in a list) and waits until the screen has
  /// changed, so that the next key is read on its own, not together with this one as a paste.
  func pressAndWaitForChange(_ key: String) throws {
    let before = try screen()
    try press(key)
    try waitUntil("the screen to change after \(key)") { $0 != before }
  }

  /// Types `text` literally, character by character as a keyboard would.
  func type(_ text: String) throws {
    try run(["send-keys", "-t", Self.target, "-l", text])
  }

  /// Pastes `text` as a terminal does: in one go (line breaks as Enter), wrapped in
  /// bracketed-paste markers when the program asked for them, unless `marked` is false, as in a
  /// terminal without bracketed paste.
  func paste(_ text: String, marked: Bool = true) throws {
    try run(["set-buffer", "-b", "workbook-paste", text])
    try run(
      ["paste-buffer"] + (marked ? ["-p"] : []) + ["-d", "-b", "workbook-paste", "-t", Self.target])
  }

  /// Runs a shell command line in the window.
  func shell(_ commandLine: String) throws {
    try type(commandLine)
    try press("Enter")
  }

  /// The window's text now, one line per row.
  func screen() throws -> String {
    try run(["capture-pane", "-p", "-J", "-t", Self.target])
  }

  /// The window's text and all of its scrollback, one line per row.
  func screenAndScrollback() throws -> String {
    try run(["capture-pane", "-p", "-J", "-S", "-", "-E", "-", "-t", Self.target])
  }

  /// The window's text with its colours and attributes as escape sequences (SGR codes).
  func styledScreen() throws -> String {
    try run(["capture-pane", "-p", "-e", "-J", "-t", Self.target])
  }

  /// Polls the screen until `text` shows, and returns that screen; fails, showing the last screen,
  /// if it never does.
  @discardableResult
  func waitFor(_ text: String) throws -> String {
    try waitUntil("\"\(text)\" to show") { $0.contains(text) }
  }

  /// Polls the screen until `condition` holds for it and the next look finds the same screen: a
  /// frame can arrive in parts, and the part first seen may hold the text looked for while the
  /// rest is still the last frame's.
  @discardableResult
  func waitUntil(_ what: String, _ condition: (String) -> Bool) throws -> String {
    var last = ""
    for _ in 0..<Self.pollLimit {
      last = try screen()
      if condition(last) {
        usleep(Self.pollInterval)
        if try screen() == last { return last }
        continue
      }
      usleep(Self.pollInterval)
    }
    throw Failure(description: "Waited for \(what); the screen was:\n\(last)")
  }

  /// Polls until `condition` holds for the text of the cursor's line before and from the
  /// terminal cursor (which screen readers follow), and returns the cursor's row; fails, showing
  /// the last screen and cursor, if it never does.
  @discardableResult
  func waitForCursor(
    _ what: String, _ condition: (_ before: Substring, _ after: Substring) -> Bool
  ) throws -> Int {
    var last = ""
    var cursor = ""
    for _ in 0..<Self.pollLimit {
      last = try screen()
      cursor = try display("#{cursor_y} #{cursor_x}")
      let lines = last.split(separator: "\n", omittingEmptySubsequences: false)
      let position = cursor.split(separator: " ").compactMap { Int($0) }
      // Columns count characters here: the lines looked at hold no wide ones.
      if position.count == 2, lines.indices.contains(position[0]) {
        let line = lines[position[0]]
        let split = line.index(line.startIndex, offsetBy: position[1], limitedBy: line.endIndex)
        let at = split ?? line.endIndex
        if condition(line[..<at], line[at...]) { return position[0] }
      }
      usleep(Self.pollInterval)
    }
    throw Failure(description: "Waited for the cursor \(what); it was at \(cursor) on:\n\(last)")
  }

  func resize(width: Int, height: Int) throws {
    try run(["resize-window", "-t", Self.target, "-x", "\(width)", "-y", "\(height)"])
  }

  /// A tmux format about the window, such as "#{alternate_on}" or "#{pane_pid}".
  func display(_ format: String) throws -> String {
    try run(["display-message", "-p", "-t", Self.target, format])
      .trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @discardableResult
  private func run(_ arguments: [String]) throws -> String {
    let result = try Subprocess.run(
      ["tmux", "-u", "-L", socket] + arguments,
      environment: ProcessInfo.processInfo.environment.merging(["LANG": "C.UTF-8", "TMUX": ""]) {
        $1
      })
    guard result.status == 0 else {
      throw Failure(
        description: "tmux \(arguments.joined(separator: " ")) failed: \(result.output)")
    }
    return result.output
  }
}
