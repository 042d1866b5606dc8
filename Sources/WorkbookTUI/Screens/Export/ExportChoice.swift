import WorkbookCore

/// What the Export screen offers to write: each format, and CSV once per table it can hold.
public enum ExportChoice: Int, Sendable, Equatable, CaseIterable {
  case markdown
  case wikitext
  case csvScores
  case csvPlan
  case json

  public var title: String {
    switch self {
    case .markdown: "Markdown"
    case .wikitext: "Wikitext"
    case .csvScores: "CSV: scores"
    case .csvPlan: "CSV: plan"
    case .json: "JSON"
    }
  }

  public var format: ExportFormat {
    switch self {
    case .markdown: .markdown
    case .wikitext: .wikitext
    case .csvScores, .csvPlan: .csv
    case .json: .json
    }
  }

  public var options: ExportOptions {
    ExportOptions(csvTable: self == .csvPlan ? .plan : .scores)
  }

  /// Added to the default file name, so the two CSV tables do not take the same name.
  var fileNameSuffix: String {
    switch self {
    case .csvScores: "-scores"
    case .csvPlan: "-plan"
    default: ""
    }
  }
}
