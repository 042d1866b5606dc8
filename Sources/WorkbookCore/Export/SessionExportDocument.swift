/// What the JSON export holds: the whole session, what the content says its ids mean, and the
/// computed analysis. The schema is documented in docs/export-json.md; `schemaVersion` changes
/// whenever a field is renamed or removed or changes meaning.
public struct SessionExportDocument: Sendable, Equatable, Codable {
  public static let currentFormat = "workbook-session-export"
  public static let currentSchemaVersion = 2

  public var format: String
  public var schemaVersion: Int
  /// Absent unless asked for, so that the same session exports byte for byte the same.
  public var generatedAt: String?
  public var content: ExportedContent
  /// True when the scores are not revealed and were not asked for: every participant's `scores`
  /// is then empty and `analysis` is absent.
  public var scoresHidden: Bool
  public var session: Session
  public var analysis: ScoreAnalysis?
  public var progress: SessionProgress
  public var contentMismatches: [ContentMismatch]

  /// `session` as prepared for export: with `scoresHidden`, its scores already left out.
  public init(
    session: Session, strategy: Strategy, generatedAt: String? = nil, scoresHidden: Bool = false
  ) {
    format = Self.currentFormat
    schemaVersion = Self.currentSchemaVersion
    self.generatedAt = generatedAt
    content = ExportedContent(strategy)
    self.scoresHidden = scoresHidden
    self.session = session
    analysis = scoresHidden ? nil : ScoreAnalysis(session: session, strategy: strategy)
    progress = SessionProgress(session: session, strategy: strategy)
    contentMismatches = ContentMismatch.find(in: session, against: strategy)
  }
}

/// The parts of the strategy's content a reader of the JSON needs to make sense of the session's
/// ids: titles and texts by id, the scale, and where the content comes from.
public struct ExportedContent: Sendable, Equatable, Codable {
  public struct Entry: Sendable, Equatable, Codable {
    public var id: String
    public var text: String
    /// The recommendation group, for a recommendation.
    public var group: String?
  }

  public var strategyID: String
  public var title: String
  public var version: String
  public var reportQuestion: Int
  public var source: ContentSource
  /// The licence's deed on the web, when the licence is one the workbook knows.
  public var licenceURL: String?
  /// What the workbook adds to the page (`ContentSource.workbookOwn`).
  public var workbookOwn: String
  public var scaleMinimum: Int
  public var scaleMaximum: Int
  public var highFrom: Int
  public var scoreItems: [Entry]
  public var reflectionQuestions: [Entry]
  public var recommendations: [Entry]
  public var planColumns: [Entry]

  public init(_ strategy: Strategy) {
    strategyID = strategy.id
    title = strategy.title
    version = strategy.version
    reportQuestion = strategy.reportQuestion
    source = strategy.source
    licenceURL = strategy.source.licenceURL
    workbookOwn = ContentSource.workbookOwn
    scaleMinimum = strategy.scale.minimum
    scaleMaximum = strategy.scale.maximum
    highFrom = strategy.scale.highFrom
    scoreItems = strategy.scoreItems.map { Entry(id: $0.id, text: $0.title) }
    reflectionQuestions = strategy.reflectionQuestions.map { Entry(id: $0.id, text: $0.text) }
    recommendations = strategy.recommendationGroups.flatMap { group in
      group.recommendations.map { Entry(id: $0.id, text: $0.text, group: group.id) }
    }
    planColumns = strategy.plan.columns.map { Entry(id: $0.id, text: $0.title) }
  }
}
