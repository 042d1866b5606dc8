import ArgumentParser
import FoundationEssentials
import WorkbookCore
import WorkbookStore

/// `workbook export SESSION`: the session as Markdown, MediaWiki wikitext, CSV or JSON, on
/// standard output or into a file. Reads the session and never changes it.
struct ExportCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Write a session as Markdown, MediaWiki wikitext, CSV or JSON.",
    discussion: """
      Markdown (GitHub-flavoured) and wikitext (for Meta-Wiki) are the report: scores and their \
      analysis, reflection, recommendations and the plan. CSV holds one table: --what scores (a \
      row per participant and score item, the default), --what plan, or, for a session based on \
      an earlier one, --what comparison (per item then and now) or --what plan-review (the \
      earlier plan's rows and what became of them). JSON holds the whole \
      session and its analysis (see docs/export-json.md). The same session always exports the \
      same bytes unless --generated-at is given.

      Before the scores are revealed (a workshop whose facilitator has not run `workbook \
      reveal` or pressed r in the workbook), no format holds anything of anyone's scores: the \
      report says they are not revealed, the scores CSV has its rows with the score left empty, \
      and the JSON has "scoresHidden": true, no scores and no analysis. Only how many people \
      have scored is given. --include-unrevealed-scores exports them anyway, and says so on \
      standard error. A solo session's scores are its one person's own and always export.

      A CSV cell that a spreadsheet would run as a formula (one starting with =, +, - or @) gets \
      an apostrophe in front, which spreadsheets do not show; --csv-raw writes every value as \
      typed. On standard output, control characters, direction controls and line breaks inside \
      a value are shown as escapes such as \\u{1B} and CSV has a record per line; --output FILE \
      writes the exact text.

      The report's own words (headings, labels, sentences; the plan CSV's headers) are in the \
      language --language names, else WORKBOOK_LANGUAGE, else the language the session was run \
      in, else the locale's (LC_ALL, LC_MESSAGES, LANG); English when none is set or the \
      language has no messages. What \
      people typed is written as it is; the content is its translation into the language where \
      there is one. JSON and the scores, comparison and plan-review CSV tables are data and stay \
      in English and the content's source words.
      """
  )

  @Argument(help: "The session: an id, a unique prefix of one, or a path to its file.")
  var session: String

  @Option(help: "markdown, wikitext, csv or json.")
  var format: String

  @Option(
    help: "For CSV: scores (a row per participant and score item), plan, comparison or plan-review."
  )
  var what: String?

  @Option(
    name: [.customShort("o"), .customLong("output")],
    help: ArgumentHelp(
      "The file to write, or - for standard output (the default).", valueName: "FILE"))
  var output: String?

  @Flag(
    help: """
      For CSV: write every cell exactly as typed, without the apostrophe that keeps a \
      spreadsheet from running a cell such as =SUM(A1) as a formula.
      """)
  var csvRaw = false

  @Flag(help: "Overwrite the output file if it exists.")
  var force = false

  @Flag(help: "Say when the export was made (the export then differs from run to run).")
  var generatedAt = false

  @OptionGroup var unrevealed: UnrevealedScoresOption
  @OptionGroup var language: LanguageOption
  @OptionGroup var store: StoreOptions
  @OptionGroup var content: ContentOptions

  var exportFormat: ExportFormat? { ExportFormat(rawValue: format.lowercased()) }

  func validate() throws {
    let m = language.quietMessages()
    guard let format = exportFormat else {
      throw ValidationError(m(.cliExportFormatUnknown, TerminalText.field(format)))
    }
    if let what {
      guard format == .csv else {
        throw ValidationError(m(.cliExportWhatNotCsv, format.rawValue))
      }
      guard CSVTable(rawValue: what.lowercased()) != nil else {
        throw ValidationError(m(.cliExportWhatUnknown, TerminalText.field(what)))
      }
    }
    if csvRaw && format != .csv {
      throw ValidationError(m(.cliExportCsvRawNotCsv, format.rawValue))
    }
    if output?.isEmpty == true {
      throw ValidationError(m(.cliExportOutputEmpty))
    }
  }

  func run() throws {
    let m = try language.messages()
    let table = what.flatMap { CSVTable(rawValue: $0.lowercased()) } ?? .scores
    // The reports and the plan's table are for people, in their language; JSON and the other
    // CSV tables are data, in the source's words whatever the language.
    let format = exportFormat ?? .markdown
    let forPeople = format == .markdown || format == .wikitext || (format == .csv && table == .plan)
    let asked = forPeople ? try language.contentLanguage() : nil
    var library = try content.library(language: asked)
    let (_, path, loaded) = try store.load(session, content: library, messages: m)
    // Unless a language is asked for, the report is in the one the session was run in; the
    // command's own words stay those of the person running it.
    var reportMessages = m
    if forPeople {
      let sessions = try language.contentLanguage(session: loaded.language)
      if sessions != asked {
        library = try content.library(language: sessions)
        reportMessages = try language.messages(session: loaded.language)
      }
    }
    guard let strategy = library.strategy(id: loaded.strategyID) else {
      let known = library.strategies.map(\.id).joined(separator: ", ")
      throw StoreOptions.failure(
        m.output(.cliExportStrategyMissing, path, loaded.strategyID, known))
    }
    let toStandardOutput = output == nil || output == "-"
    if (table == .comparison || table == .planReview) && loaded.basedOn == nil {
      throw StoreOptions.failure(
        m.output(
          table == .comparison ? .cliExportNoComparison : .cliExportNoPlanReview, path))
    }
    let options = unrevealed.exportOptions(
      ExportOptions(
        generatedAt: generatedAt ? Date.now.formatted(.iso8601) : nil, csvTable: table,
        csvFormulaGuard: !csvRaw, destination: toStandardOutput ? .standardOutput : .file,
        messages: forPeople ? reportMessages : .english))
    let text: String
    do {
      text = try SessionExporter.export(
        loaded, strategy: strategy, format: exportFormat ?? .markdown, options: options)
    } catch {
      throw StoreOptions.failure(
        m.output(.cliExportFailed, path, FileErrorReason.text(of: error)))
    }
    // Said before printing and after writing a file, so that it is never said of a file that
    // could not be written. The plan CSVs hold no scores, so there is nothing to say about them.
    let holdsScores = exportFormat != .csv || table == .scores || table == .comparison
    guard let output, !toStandardOutput else {
      if holdsScores {
        unrevealed.announce(for: loaded, writingTo: nil, explainLeftOut: true, messages: m)
      }
      Output.print("\(lines: text)", terminator: "")
      return
    }
    try save(text, to: output, sessionPath: path, m)
    if holdsScores {
      unrevealed.announce(for: loaded, writingTo: output, explainLeftOut: true, messages: m)
    }
  }

  /// Writes the export to `file` in one step (see `ExportFile`), so a failed write leaves any
  /// earlier file whole. Never overwrites without --force, and never the session.
  private func save(_ text: String, to file: String, sessionPath: String, _ m: Messages) throws {
    do throws(ExportFileError) {
      try ExportFile().write(text, to: file, overwrite: force, sessionFile: sessionPath)
    } catch .isSessionFile {
      throw StoreOptions.failure(m.output(.cliExportIsSessionFile, file))
    } catch .exists {
      throw StoreOptions.failure(m.output(.cliExportExists, file))
    } catch {
      throw StoreOptions.failure("\(error.description)")
    }
  }
}
