import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook show SESSION [--json]`: a session with its analysis, as a report or as JSON.
struct ShowCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "show",
    abstract: "Show a session with its analysis.",
    discussion: """
      SESSION is a session id, a unique prefix of one, or the path of a session file. Reading \
      needs no lock, so a session open elsewhere can be shown. In an anonymous session no \
      names are shown.
      """
  )

  @Argument(
    help: ArgumentHelp("The session: an id, a unique prefix, or a path.", valueName: "SESSION"))
  var reference: String

  @Flag(help: "Print the JSON export (pretty, keys sorted) for scripts.")
  var json = false

  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let (sessions, path) = try store.resolve(reference)
    let session = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.load(path)
    }
    let strategy = try content.strategy(of: session)
    if json {
      let document = try SessionExporter.export(session, strategy: strategy, format: .json)
      Output.print("\(lines: document)", terminator: "")
      return
    }
    let progress = SessionProgress(session: session, strategy: strategy)
    let (scores, reflection) = (progress.scores, progress.reflection)
    let (recommendations, plan) = (progress.recommendations, progress.plan)
    Output.print("Session \(session.id) · \(path)")
    Output.print("Created \(session.createdAt) · updated \(session.updatedAt)")
    Output.print(
      """
      Progress: scores \(scores.completed)/\(scores.total) · reflection \
      \(reflection.completed)/\(reflection.total) · recommendations \
      \(recommendations.completed)/\(recommendations.total) · plan rows complete \
      \(plan.completed)/\(plan.total)
      """)
    if session.mode == .workshop && !session.scoresRevealed {
      Output.print("The scores are not yet revealed in the workbook.")
    }
    Output.print("")
    let report = try SessionExporter.export(session, strategy: strategy, format: .markdown)
    Output.print("\(lines: report)", terminator: "")
  }
}

extension ContentOptions {
  /// The strategy a session was made with, from the content folder. When it is missing, says so
  /// on standard error and exits with status 1.
  func strategy(of session: Session) throws -> Strategy {
    let library = try library()
    guard let strategy = library.strategy(id: session.strategyID) else {
      let known = library.strategies.map(\.id).joined(separator: ", ")
      throw StoreOptions.failure(
        """
        the session \(session.id) uses the strategy “\(session.strategyID)”, which the content \
        folder does not have (it has: \(known)); pass --content DIR with the folder it was made \
        with
        """)
    }
    return strategy
  }
}
