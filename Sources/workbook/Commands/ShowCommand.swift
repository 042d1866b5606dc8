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

      Before the scores are revealed (a workshop whose facilitator has not run `workbook \
      reveal` or pressed r in the workbook), nothing of anyone's scores is shown: no score, no \
      mean, median, distribution, spread, band or agreement, only how many people have scored. \
      --include-unrevealed-scores shows them anyway, and says so on standard error. A solo \
      session's scores are its one person's own and always show.
      """
  )

  @Argument(
    help: ArgumentHelp("The session: an id, a unique prefix, or a path.", valueName: "SESSION"))
  var reference: String

  @Flag(help: "Print the JSON export (pretty, keys sorted) for scripts.")
  var json = false

  @OptionGroup var unrevealed: UnrevealedScoresOption
  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let library = try content.library(language: json ? nil : try language.contentLanguage())
    let (_, path, session) = try store.load(reference, content: library)
    let strategy = try content.strategy(of: session, in: library)
    var options = unrevealed.exportOptions()
    if !json { options.messages = try language.messages() }
    if json {
      unrevealed.announce(for: session, writingTo: nil, explainLeftOut: true)
      let document = try SessionExporter.export(
        session, strategy: strategy, format: .json, options: options)
      Output.print("\(lines: document)", terminator: "")
      return
    }
    // The report itself says the scores are left out; standard error needs to say it only when
    // they are printed.
    unrevealed.announce(for: session, writingTo: nil, explainLeftOut: false)
    let progress = SessionProgress(session: session, strategy: strategy)
    let (reflection, recommendations, plan) = (
      progress.reflection, progress.recommendations, progress.plan
    )
    Output.print("Session \(session.id) · \(path)")
    Output.print("Created \(session.createdAt) · updated \(session.updatedAt)")
    Output.print(
      """
      Progress: \(session.scoredSummary) · reflection \
      \(reflection.completed)/\(reflection.total) · recommendations \
      \(recommendations.completed)/\(recommendations.total) · plan rows complete \
      \(plan.completed)/\(plan.total)
      """)
    if session.scoresHidden {
      Output.print(
        "The scores are not revealed yet; reveal them with `workbook reveal \(session.id)`.")
    }
    Output.print("")
    let report = try SessionExporter.export(
      session, strategy: strategy, format: .markdown, options: options)
    Output.print("\(lines: report)", terminator: "")
  }
}

extension ContentOptions {
  /// The strategy a session was made with, from the content folder. When it is missing, says so
  /// on standard error and exits with status 1.
  func strategy(of session: Session, in library: ContentLibrary) throws -> Strategy {
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
