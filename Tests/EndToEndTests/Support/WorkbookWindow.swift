import Foundation
import WorkbookCore

/// The built `workbook` running in a tmux window as a user runs it, with a home folder of its own
/// (sessions, XDG folders) that the test deletes afterwards.
final class WorkbookWindow {
  struct Failure: Error, CustomStringConvertible {
    var description: String
  }

  let tmux: Tmux
  let home: URL
  var sessionsFolder: URL { home.appendingPathComponent("sessions") }
  private var pidFile: URL { home.appendingPathComponent("workbook.pid") }

  /// A shell in a `width`×`height` window; `environment` adds to (or with nil removes from) the
  /// window's environment.
  init(width: Int = 80, height: Int = 24, environment extra: [String: String?] = [:]) throws {
    home = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-e2e-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    var environment = [
      "HOME": home.path, "XDG_DATA_HOME": home.appendingPathComponent("data").path,
      "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
      "WORKBOOK_SESSIONS_DIR": home.appendingPathComponent("sessions").path,
      "TERM": "tmux-256color", "LANG": "C.UTF-8",
      "PATH": "/usr/local/bin:/usr/bin:/bin", "PS1": "$ ",
    ]
    for (name, value) in extra { environment[name] = value }
    tmux = try Tmux(width: width, height: height, environment: environment)
    try tmux.waitFor("$")
  }

  deinit {
    try? FileManager.default.removeItem(at: home)
  }

  /// The binary `make test` built (WORKBOOK_BINARY), else the debug build in this checkout.
  static func binary() throws -> String {
    let built = Checkout.binary
    guard FileManager.default.isExecutableFile(atPath: built) else {
      throw Failure(
        description: "No workbook binary at \(built): run `swift build` or `make test`.")
    }
    return built
  }

  /// Starts `workbook ARGUMENTS` in the window; when it ends the shell prints its exit status.
  func launch(_ arguments: [String] = []) throws {
    let words = try [Self.binary()] + arguments
    let command = words.map(Self.quoted).joined(separator: " ")
    try tmux.shell(
      "sh -c 'echo $$ > \(pidFile.path); exec \"$0\" \"$@\"' \(command); echo workbook \"exited with $?\""
    )
  }

  /// Starts the workbook, with no sessions yet, and waits for its empty list; returns the screen.
  @discardableResult
  func launchWithNoSessions() throws -> String {
    try launch()
    return try tmux.waitFor("No sessions yet")
  }

  /// Starts the workbook, with no sessions yet, and opens the form for a new session.
  func openNewSessionForm() throws {
    try launchWithNoSessions()
    try tmux.press("n")
    try tmux.waitFor("Start a new session")
  }

  /// Opens `session` (an id, or a file's path) and, once its title `title` shows, starts the
  /// first turn of the Scores step.
  func startScoring(_ session: String, title: String) throws {
    try launch(["open", session])
    try tmux.waitFor(title)
    try tmux.press("2")
    try tmux.press("Enter")
  }

  /// The running workbook's process id.
  func processID() throws -> pid_t {
    for _ in 0..<Tmux.pollLimit {
      if let text = try? String(contentsOf: pidFile, encoding: .utf8),
        let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
      {
        return pid
      }
      usleep(Tmux.pollInterval)
    }
    throw Failure(description: "The workbook never started; the screen was:\n\(try tmux.screen())")
  }

  /// Waits until the process `pid` has ended (gone, or a zombie no one reaps).
  func waitUntilEnded(_ pid: pid_t) throws {
    for _ in 0..<Tmux.pollLimit {
      guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8) else {
        return
      }
      // The state is the field after the parenthesised command name.
      if let end = stat.lastIndex(of: ")"), stat[end...].dropFirst(2).first == "Z" { return }
      usleep(Tmux.pollInterval)
    }
    throw Failure(description: "The workbook (pid \(pid)) is still running.")
  }

  /// Waits for the workbook to end and returns its exit status.
  func exitStatus() throws -> Int32 {
    // The shell prints "workbook exited with N"; the command line typed does not contain that.
    let marker = "workbook exited with "
    let screen = try tmux.waitUntil("the workbook to exit") { $0.contains(marker) }
    let line = screen.split(separator: "\n").last { $0.hasPrefix(marker) } ?? ""
    guard let status = Int32(line.dropFirst(marker.count)) else {
      throw Failure(description: "No exit status on the screen:\n\(screen)")
    }
    return status
  }

  /// Whether the terminal is back to normal: echo and line editing on (stty in the window), and
  /// the normal screen rather than the alternate one.
  func terminalIsRestored() throws -> Bool {
    try tmux.shell("clear")
    try tmux.shell(
      "for f in echo icanon; do stty -a | grep -qE \"(^| )-$f( |;|$)\" && echo $f:off || echo $f:on; "
        + "done")
    let screen = try tmux.waitFor("icanon:")
    let alternateScreen = try tmux.display("#{alternate_on}")
    return screen.contains("echo:on") && screen.contains("icanon:on") && alternateScreen == "0"
  }

  /// Every session file in the sessions folder, decoded.
  func sessions() throws -> [Session] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: sessionsFolder.path)) ?? []
    return try names.filter { $0.hasSuffix(".json") }.sorted().map { name in
      let data = try Data(contentsOf: sessionsFolder.appendingPathComponent(name))
      return try JSONDecoder().decode(SessionFile.self, from: data).session
    }
  }

  /// Writes a session file as the store would (schema 1), for a test that starts from one.
  /// `scores` holds each participant's scores for the four items of the content, in order.
  func writeSession(
    title: String, mode: SessionMode, participants names: [String], scores: [[Int]] = [],
    revealed: Bool = false, strategyID: String = "working-with-online-contributors"
  ) throws -> Session {
    let id = "e2e\(UUID().uuidString.prefix(8).lowercased())"
    let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
    let participants = names.enumerated().map { index, name in
      let given = index < scores.count ? scores[index] : []
      return Participant(
        id: "p\(index + 1)", name: name,
        scores: Dictionary(uniqueKeysWithValues: zip(items, given.map { ScoreAnswer.score($0) })),
        finishedScoring: !given.isEmpty)
    }
    let session = Session(
      id: id, title: title, createdAt: "2026-01-01T00:00:00Z", mode: mode,
      participants: participants, strategyID: strategyID,
      contentVersion: "1", scoresRevealed: revealed)
    // Private, as the workbook makes it: a folder others may write to is refused.
    try FileManager.default.createDirectory(
      at: sessionsFolder, withIntermediateDirectories: true,
      attributes: [.posixPermissions: 0o700])
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
    try encoder.encode(SessionFile(schema: 1, session: session))
      .write(to: sessionsFolder.appendingPathComponent("\(id).json"))
    return session
  }

  private struct SessionFile: Codable {
    var schema = 1
    var session: Session
  }

  private static func quoted(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
  }
}
