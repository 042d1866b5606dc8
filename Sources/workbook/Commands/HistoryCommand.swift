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

  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let m = try language.messages()
    // The content is needed only to migrate a version of an older schema.
    let library = try content.libraryIfFound()
    let (sessions, path) = try store.resolve(reference, content: library, messages: m)
    if let restore {
      let restored = try StoreOptions.reporting { () throws(SessionStoreError) in
        try sessions.restore(version: restore, of: path)
      }
      let id = restored.session.id
      Output.print(m.output(.cliHistoryRestored, restore, id))
      if let kept = restored.replacedKeptAs {
        Output.print(m.output(.cliHistoryReplacedKept, kept, id))
      }
      return
    }
    let versions = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.history(of: path)
    }
    guard !versions.isEmpty else {
      Output.print(m.output(.cliHistoryNoVersions, path))
      return
    }
    var rows = [Self.row(m(.cliHistoryCurrent), current(path, in: sessions), m)]
    for version in versions {
      rows.append(Self.row(String(version.number), (version.content, version.size), m))
    }
    // Every cell is escaped before the columns are measured (see `OutputText`).
    let table = ListCommand.aligned(rows.map { $0.map { TerminalText.field($0) } })
    Output.print(m.output(.cliHistoryHeading, path))
    Output.print(OutputText(escaped: table.map { "  " + $0 }.joined(separator: "\n")))
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

  private static func row(
    _ label: String, _ version: (SessionSummary.Content, Int), _ m: Messages
  ) -> [String] {
    let size = ByteCount.text(version.1)
    switch version.0 {
    case .session(let session):
      return [label, session.updatedAt, size, summary(of: session, m)]
    case .broken(let problem):
      return [label, "-", size, m(.cliHistoryBroken, problem.description)]
    }
  }

  /// What a version held, in a line: its title, who had scored, and how far the team had got.
  static func summary(of session: Session, _ m: Messages) -> String {
    let finished = session.participants.filter(\.finishedScoring)
    let (count, all) = (finished.count, session.participants.count)
    let names = finished.map(\.name).joined(separator: ", ")
    let named = !session.anonymous && !finished.isEmpty
    let scored =
      switch (named, session.scoresRevealed) {
      case (false, false): m(.cliHistoryScored, count, all)
      case (false, true): m(.cliHistoryScoredRevealed, count, all)
      case (true, false): m(.cliHistoryScoredNamed, count, all, names)
      case (true, true): m(.cliHistoryScoredNamedRevealed, count, all, names)
      }
    let parts = [
      m(.cliHistoryTitle, session.title), scored,
      m(.cliHistoryAnswers, session.reflection.values.count(where: { !$0.isEmpty })),
      m(.cliHistoryReviews, session.reviews.values.count(where: { $0.status != .notReviewed })),
      m(.cliHistoryPlanRows, session.plan.count),
    ]
    return parts.joined(separator: " · ")
  }
}
