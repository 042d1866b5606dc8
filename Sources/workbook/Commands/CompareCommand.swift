import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook compare A B`: what moved between two sessions of an organization, per score item.
/// Reads both and changes neither.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare an earlier session with a later one, item by item.",
    discussion: """
      EARLIER and LATER are session ids, unique prefixes or paths. Per score item: the mean and \
      agreement then and now, whether the mean rose, fell or stayed the same, and whether the \
      team newly split or newly agreed. An item only one session has, or one reworded between \
      content versions, says why it is not compared; sessions of different strategies compare \
      no item. No name and no one's own score is printed.

      A session whose scores are not revealed yet shows no figures (--include-unrevealed-scores \
      shows them anyway, and says so on standard error).
      """
  )

  @Argument(help: ArgumentHelp("The earlier session.", valueName: "EARLIER"))
  var earlier: String

  @Argument(help: ArgumentHelp("The later session.", valueName: "LATER"))
  var later: String

  @Flag(help: "Print JSON (pretty, keys sorted) instead of Markdown.")
  var json = false

  @OptionGroup var unrevealed: UnrevealedScoresOption
  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func run() throws {
    let m = try language.messages()
    // The Markdown is for people, in their language and the content's translation; JSON is data.
    let library = try content.library(language: json ? nil : try language.contentLanguage())
    let sessions = try [earlier, later].map { reference in
      try store.load(reference, content: library, messages: m).session
    }
    let snapshots = try sessions.map { session in
      SessionSnapshot(
        of: session, strategy: try content.strategy(of: session, in: library, messages: m),
        includingHiddenScores: unrevealed.includeUnrevealedScores)
    }
    for session in sessions {
      unrevealed.announce(for: session, writingTo: nil, explainLeftOut: true, messages: m)
    }
    let comparison = SessionComparison(earlier: snapshots[0], later: snapshots[1])
    let text =
      json
      ? try ComparisonExporter.json(comparison)
      : ComparisonExporter.markdown(comparison, messages: m)
    Output.print("\(lines: text)", terminator: "")
  }
}
