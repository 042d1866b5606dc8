/// The formats a session can be exported in.
public enum ExportFormat: String, Sendable, Equatable, CaseIterable {
  /// GitHub-flavoured Markdown: a report to share, archive or paste into an issue or a document.
  case markdown
  /// MediaWiki wikitext with wikitable tables: a report to post on Meta-Wiki.
  case wikitext
  /// RFC 4180 comma-separated values, one table (see `CSVTable`).
  case csv
  /// The whole session and its analysis (schema in docs/export-json.md).
  case json

  /// The usual file name extension, without the dot.
  public var fileExtension: String {
    switch self {
    case .markdown: "md"
    case .wikitext: "wiki"
    case .csv: "csv"
    case .json: "json"
    }
  }
}

/// Which table a CSV export holds: CSV has room for one.
public enum CSVTable: String, Sendable, Equatable, CaseIterable {
  /// A row per participant and score item.
  case scores
  /// The capacity building plan's rows.
  case plan
  /// Per score item, the figures then and now against the earlier session (header only when the
  /// session is not based on one).
  case comparison
  /// The earlier session's plan rows and what became of each.
  case planReview = "plan-review"
}

/// Where an export goes, which changes how CSV is written (see `CSVEncoding`).
public enum ExportDestination: Sendable, Equatable {
  /// A file: the exact text, CSV as RFC 4180 (CRLF, line breaks inside quoted cells).
  case file
  /// Standard output, often a terminal: CSV a record a line, every cell shown through
  /// `TerminalText.field`. The other formats are the same text as in a file.
  case standardOutput
}

/// Choices that change an export's text.
public struct ExportOptions: Sendable, Equatable {
  /// When set, the Markdown, wikitext and JSON exports say they were generated at this time (ISO
  /// 8601 text). Left nil, the same session always exports byte for byte the same.
  public var generatedAt: String?
  /// The table a CSV export holds.
  public var csvTable: CSVTable
  /// Whether CSV cells that a spreadsheet would run as formulas get an apostrophe in front (see
  /// `CSVFormulaGuard`). On unless raw values are asked for.
  public var csvFormulaGuard: Bool
  public var destination: ExportDestination
  /// When set, the scores are exported even while they are hidden (a workshop before the
  /// reveal). Left unset, such an export holds nothing of anyone's scores.
  public var includeUnrevealedScores: Bool
  /// The language of the report's own words (Markdown, wikitext, the plan CSV's headers). The
  /// JSON and the scores CSV are data formats: their keys and headers stay English.
  public var messages: Messages

  public init(
    generatedAt: String? = nil, csvTable: CSVTable = .scores, csvFormulaGuard: Bool = true,
    destination: ExportDestination = .file, includeUnrevealedScores: Bool = false,
    messages: Messages = .english
  ) {
    self.messages = messages
    self.generatedAt = generatedAt
    self.csvTable = csvTable
    self.csvFormulaGuard = csvFormulaGuard
    self.destination = destination
    self.includeUnrevealedScores = includeUnrevealedScores
  }
}
