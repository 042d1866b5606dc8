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
    let m = try language.messages()
    let library = try content.library(language: json ? nil : try language.contentLanguage())
    let (_, path, session) = try store.load(reference, content: library, messages: m)
    let strategy = try content.strategy(of: session, in: library, messages: m)
    var options = unrevealed.exportOptions()
    if !json { options.messages = m }
    if json {
      unrevealed.announce(for: session, writingTo: nil, explainLeftOut: true, messages: m)
      let document = try SessionExporter.export(
        session, strategy: strategy, format: .json, options: options)
      Output.print("\(lines: document)", terminator: "")
      return
    }
    // The report itself says the scores are left out; standard error needs to say it only when
    // they are printed.
    unrevealed.announce(for: session, writingTo: nil, explainLeftOut: false, messages: m)
    let progress = SessionProgress(session: session, strategy: strategy)
    let (reflection, recommendations, plan) = (
      progress.reflection, progress.recommendations, progress.plan
    )
    Output.print(m.output(.cliShowSession, session.id, path))
    Output.print(m.output(.cliShowCreated, session.createdAt, session.updatedAt))
    Output.print(
      m.output(
        .cliShowProgress, session.scoredSummary(m), reflection.completed, reflection.total,
        recommendations.completed, recommendations.total, plan.completed, plan.total))
    if session.scoresHidden {
      Output.print(m.output(.cliShowNotRevealed, session.id))
    }
    Output.print("")
    let report = try SessionExporter.export(
      session, strategy: strategy, format: .markdown, options: options)
    Output.print("\(lines: report)", terminator: "")
  }
}

extension ContentOptions {
  /// The strategy a session was made with, from the content folder. When it is missing, says so
  /// on standard error, in `messages`' words, and exits with status 1.
  func strategy(of session: Session, in library: ContentLibrary, messages: Messages) throws
    -> Strategy
  {
    guard let strategy = library.strategy(id: session.strategyID) else {
      let known = library.strategies.map(\.id).joined(separator: ", ")
      throw StoreOptions.failure(
        messages.output(.cliSessionStrategyMissing, session.id, session.strategyID, known))
    }
    return strategy
  }
}
