import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook summary`: the picture across organizations, from the sessions in a folder or the
/// JSON exports organizations sent in, fit to post publicly (see `OrganizationsSummary`).
struct SummaryCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "summary",
    abstract: "Summarize many organizations' sessions without exposing any of them.",
    discussion: """
      Reads every session file and JSON export (`workbook export --format json`) in the \
      sessions folder (--dir), or the FILES given. Each organization counts once, with its \
      latest session of the strategy whose scores are revealed; sessions not revealed, without \
      an organization or of another strategy, and earlier sessions of an organization, are left \
      out and counted. Per score item: how many organizations scored it, the median of their \
      means, how many means fall in each band (1–1.99, 2–2.99, 3–3.99, 4–5) and how many teams \
      split; the recommendations most often marked "try next" and "already doing"; plan rows by \
      theme (the recommendation group they came from, or the team's own).

      No figure about fewer than --minimum organizations (3 unless given) is shown, and no \
      person's name, score, note or plan text is printed, so the summary can be posted \
      publicly. A file in the folder that cannot be read is named on standard error and skipped.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "Session files or JSON exports (default: every one in the sessions folder).",
      valueName: "FILES"))
  var files: [String] = []

  @Option(help: "The fewest organizations a figure may be about.")
  var minimum = OrganizationsSummary.defaultMinimum

  @Option(help: "markdown, csv or json.")
  var format = "markdown"

  @Option(help: "The strategy id (default: the content's only strategy).")
  var strategy: String?

  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  func validate() throws {
    let m = language.quietMessages()
    guard ["markdown", "csv", "json"].contains(format.lowercased()) else {
      throw ValidationError(m(.cliSummaryFormatUnknown, TerminalText.field(format)))
    }
    guard minimum >= 1 else {
      throw ValidationError(m(.cliSummaryMinimumTooLow, minimum))
    }
    if store.directory != nil && !files.isEmpty {
      throw ValidationError(m(.cliSummaryDirOrFiles))
    }
  }

  func run() throws {
    let m = try language.messages()
    // The Markdown is for people, in their language and the content's translation; the CSV
    // and JSON are data.
    let markdown = format.lowercased() == "markdown"
    let library = try content.library(language: markdown ? try language.contentLanguage() : nil)
    let chosen = try library.chosenStrategy(strategy, messages: m)
    let sessions = try readSessions(library: library, m)
    let summary = OrganizationsSummary(sessions: sessions, strategy: chosen, minimum: minimum)
    let text: String
    switch format.lowercased() {
    case "csv": text = SummaryExporter.csv(summary, destination: .standardOutput)
    case "json": text = try SummaryExporter.json(summary)
    default: text = SummaryExporter.markdown(summary, messages: m)
    }
    Output.print("\(lines: text)", terminator: "")
  }

  /// The FILES given (one that cannot be read stops the command, naming it), else every file
  /// of the sessions folder (one that cannot be read is named on standard error and skipped).
  private func readSessions(library: ContentLibrary, _ m: Messages) throws -> [Session] {
    let sessions = try store.store(content: library, messages: m)
    guard files.isEmpty else {
      return try files.map { file in
        try StoreOptions.reporting { () throws(SessionStoreError) in
          try sessions.loadSessionOrExport(file)
        }
      }
    }
    let paths = try StoreOptions.reporting { () throws(SessionStoreError) in
      try sessions.sessionFiles()
    }
    return paths.compactMap { path in
      do throws(SessionStoreError) {
        return try sessions.loadSessionOrExport(path)
      } catch {
        Output.error(m.output(.cliSummarySkipped, error.description))
        return nil
      }
    }
  }
}
