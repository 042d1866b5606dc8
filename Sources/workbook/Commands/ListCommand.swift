import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook list`: a line per session of the sessions folder, newest first.
struct ListCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "list",
    abstract: "List the sessions: id, title, organization, last update, progress.",
    discussion: "A file that cannot be read is listed as BROKEN with the reason."
  )

  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let m = try language.messages()
    // Without content the list still shows, only the progress is unknown; but a folder the user
    // named must be found.
    let library = try content.libraryIfFound()
    let sessions = try store.store(content: library, messages: m)
    let summaries = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.list(cellsAndScores: false)
    }
    guard !summaries.isEmpty else {
      Output.error(m.output(.cliListEmpty, sessions.directory))
      return
    }
    // Every cell is escaped before the columns are measured (see `OutputText`), so a title can
    // neither move the cursor nor start a row of its own.
    var rows: [[String]] = []
    var broken: [OutputText] = []
    for summary in summaries {
      switch summary.content {
      case .session(let session):
        let progress = library?.strategy(id: session.strategyID).map {
          m(.cliListPercentDone, SessionProgress(session: session, strategy: $0).overallPercent)
        }
        rows.append(
          [
            session.id, session.title, session.organization.isEmpty ? "-" : session.organization,
            m(.cliListUpdated, session.updatedAt), progress ?? m(.cliListProgressUnknown),
          ].map { TerminalText.field($0) })
      case .broken(let problem):
        broken.append(m.output(.cliListBroken, summary.id, summary.path, problem.description))
      }
    }
    let lines = Self.aligned(rows).map { OutputText(escaped: $0) } + broken
    Output.print(OutputText(joining: lines))
  }

  /// Rows as columns two spaces apart, padded to the widest cell of each column but the last.
  static func aligned(_ rows: [[String]]) -> [String] {
    let columns = rows.map(\.count).max() ?? 0
    let widths = (0..<columns).map { column in
      rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        column == row.count - 1
          ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
      }
      .joined(separator: "  ")
    }
  }
}
