import ArgumentParser
import Glibc
import WorkbookCore
import WorkbookStore

/// `workbook history SESSION [--restore N]`: the earlier versions the workbook keeps of a session,
/// and putting one of them back.
struct HistoryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "history",
    abstract: "List the kept earlier versions of a session, or restore one.",
    discussion: """
      A save keeps the version it replaces (at most one a minute while a session is open, the \
      last five). Each is listed with its number, when it was saved, its size and what it held. \
      --restore N makes version N the current one; the version it replaces is kept first, so a \
      restore can be undone the same way. Restoring takes the session's lock: it is refused \
      while someone has the session open.
      """
  )

  @Argument(
    help: ArgumentHelp("The session: an id, a unique prefix, or a path.", valueName: "SESSION"))
  var reference: String

  @Option(help: ArgumentHelp("Make kept version N the current one.", valueName: "N"))
  var restore: Int?

  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    // The content is needed only to migrate a version of an older schema.
    let library = try content.libraryIfFound()
    let (sessions, path) = try store.resolve(reference, content: library)
    if let restore {
      let restored = try StoreOptions.reporting { () throws(SessionStoreError) in
        try sessions.restore(version: restore, of: path)
      }
      let id = restored.session.id
      Output.print("Restored version \(restore) of \(id) as the current one.")
      if let kept = restored.replacedKeptAs {
        Output.print(
          """
          The version it replaced is kept as version \(kept): `workbook history \(id) \
          --restore \(kept)` puts it back.
          """)
      }
      return
    }
    let versions = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.history(of: path)
    }
    guard !versions.isEmpty else {
      print(
        "No earlier versions of \(path) are kept yet; the first save after it is opened keeps one.")
      return
    }
    var rows = [Self.row("current", current(path, in: sessions))]
    for version in versions {
      rows.append(Self.row(String(version.number), (version.content, version.size)))
    }
    print("Versions of \(path), newest first (restore one with --restore N):")
    print(ListCommand.aligned(rows).map { "  " + $0 }.joined(separator: "\n"))
  }

  /// The session file as it is now, for comparison with the kept versions.
  private func current(_ path: String, in sessions: SessionStore) -> (
    SessionSummary.Content, Int
  ) {
    var status = stat()
    let size = lstat(path, &status) == 0 ? Int(status.st_size) : 0
    do throws(SessionStoreError) {
      return (.session(try sessions.load(path)), size)
    } catch {
      if case .unreadable(_, let problem) = error { return (.broken(problem), size) }
      return (.broken(.cannotRead(reason: "\(error)")), size)
    }
  }

  private static func row(_ label: String, _ version: (SessionSummary.Content, Int)) -> [String] {
    let size = ByteCount.text(version.1)
    switch version.0 {
    case .session(let session):
      return [label, session.updatedAt, size, summary(of: session)]
    case .broken(let problem):
      return [label, "-", size, "BROKEN: \(problem)"]
    }
  }

  /// What a version held, in a line: its title, who had scored, and how far the team had got.
  static func summary(of session: Session) -> String {
    let finished = session.participants.filter(\.finishedScoring)
    var scored = "\(finished.count) of \(session.participants.count) scored"
    if !session.anonymous && !finished.isEmpty {
      scored += " (\(finished.map(\.name).joined(separator: ", ")))"
    }
    if session.scoresRevealed { scored += ", revealed" }
    let parts = [
      "“\(session.title)”", scored,
      count(session.reflection.values.count(where: { !$0.isEmpty }), "answer"),
      count(session.reviews.values.count(where: { $0.status != .notReviewed }), "review"),
      count(session.plan.count, "plan row"),
    ]
    return parts.joined(separator: " · ")
  }

  private static func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
  }
}
