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
    // "51% done" is worded once per percent, not once per session.
    var percentsDone: [Int: String] = [:]
    for summary in summaries {
      switch summary.content {
      case .session(let session):
        let progress = library?.strategy(id: session.strategyID).map { strategy in
          let percent = SessionProgress(session: session, strategy: strategy).overallPercent
          if let worded = percentsDone[percent] { return worded }
          let worded = m(.cliListPercentDone, percent)
          percentsDone[percent] = worded
          return worded
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
    let cellWidths = rows.map { $0.map(width) }
    var widths = [Int](repeating: 0, count: rows.map(\.count).max() ?? 0)
    for row in cellWidths {
      for (column, width) in row.enumerated() { widths[column] = max(widths[column], width) }
    }
    return zip(rows, cellWidths).map { row, cellWidths in
      var line = ""
      for (column, cell) in row.enumerated() {
        if column > 0 { line += "  " }
        line += cell
        if column < row.count - 1 {
          line += String(repeating: " ", count: widths[column] - cellWidths[column])
        }
      }
      return line
    }
  }

  /// A cell's length in characters, as `count` gives it; for ASCII without a carriage return
  /// (every cell of a plain listing) by its bytes, each of which is then a character of its own.
  static func width(_ cell: String) -> Int {
    cell.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0D } ? cell.utf8.count : cell.count
  }
}
