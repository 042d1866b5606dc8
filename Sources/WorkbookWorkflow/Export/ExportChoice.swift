import WorkbookCore

/// What a front end offers to export: each format, and CSV once per table it can hold.
public enum ExportChoice: Int, Sendable, Equatable, CaseIterable {
  case markdown
  case wikitext
  case csvScores
  case csvPlan
  case json

  /// The choice's name, which each front end looks up in its language.
  public var titleKey: MessageKey {
    switch self {
    case .markdown: .workshopExportMarkdown
    case .wikitext: .workshopExportWikitext
    case .csvScores: .workshopExportCsvScores
    case .csvPlan: .workshopExportCsvPlan
    case .json: .workshopExportJson
    }
  }

  /// The choice's name in English.
  public var title: String { Messages.english(titleKey) }

  public var format: ExportFormat {
    switch self {
    case .markdown: .markdown
    case .wikitext: .wikitext
    case .csvScores, .csvPlan: .csv
    case .json: .json
    }
  }

  /// The options a front end exports with, its words in `messages` (the front end's language).
  /// They never ask for unrevealed scores: before the reveal an export holds no one's scores,
  /// only who has scored (`withholdsScores`).
  public func options(messages: Messages) -> ExportOptions {
    ExportOptions(csvTable: self == .csvPlan ? .plan : .scores, messages: messages)
  }

  /// The export's text, in the private form while the session's scores are hidden, its own
  /// words in `messages`.
  public func text(of session: Session, strategy: Strategy, messages: Messages) throws -> String {
    try SessionExporter.export(
      session, strategy: strategy, format: format, options: options(messages: messages))
  }

  /// Whether an export of `session` now leaves the scores out: a workshop before the reveal.
  public static func withholdsScores(_ session: Session) -> Bool { session.scoresHidden }

  /// Added to the default file name, so the two CSV tables do not take the same name.
  public var fileNameSuffix: String {
    switch self {
    case .csvScores: "-scores"
    case .csvPlan: "-plan"
    default: ""
    }
  }
}
