import ArgumentParser
import WorkbookCore

/// `--include-unrevealed-scores`, shared by the commands that print a session's content. Before
/// the reveal they hold nothing of anyone's scores (the exporters leave them out); this flag is
/// the one way to print them anyway, and it always says so on standard error.
struct UnrevealedScoresOption: ParsableArguments {
  @Flag(
    help: ArgumentHelp(
      "Include every person's scores and the results even before the scores are revealed; a "
        + "line on standard error then says so."))
  var includeUnrevealedScores = false

  /// The export options that follow this flag.
  func exportOptions(_ options: ExportOptions = ExportOptions()) -> ExportOptions {
    var options = options
    options.includeUnrevealedScores = includeUnrevealedScores
    return options
  }

  /// Says on standard error, in `messages`' words, what the output holds of hidden scores: that
  /// every person's scores are in it (when asked for), or, with `explainLeftOut`, that they were
  /// left out and how to get them. Says nothing once the scores are revealed, or for a solo
  /// session. With `file`, says it of a file already written.
  func announce(
    for session: Session, writingTo file: String?, explainLeftOut: Bool, messages: Messages
  ) {
    guard session.scoresHidden else { return }
    let scored = session.scoredSummary(messages)
    if includeUnrevealedScores {
      Output.error(
        file.map { messages.output(.cliWroteUnrevealedScores, scored, $0) }
          ?? messages.output(.cliPrintingUnrevealedScores, scored))
    } else if explainLeftOut {
      Output.error(messages.output(.cliScoresLeftOut, scored, session.id))
    }
  }
}

extension Session {
  /// "3 of 4 people have scored": progress only, never what anyone answered.
  func scoredSummary(_ messages: Messages) -> String {
    messages(
      .cliScoredSummary, participants.count(where: \.finishedScoring), participants.count)
  }
}
