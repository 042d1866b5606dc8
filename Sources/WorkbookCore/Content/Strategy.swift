/// One strategy of the Organizational Effectiveness learning center, as the content file describes it.
/// Everything a session refers to has a stable `id`, so fixing a typo in the text never orphans an answer.
public struct Strategy: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  /// The question number of the strategy in the Questionnaire Report (6 for this page).
  public var reportQuestion: Int
  /// Bumped by content authors when ids or meanings change; sessions record the version they were made with.
  public var version: String
  public var source: ContentSource
  public var introduction: String
  public var scale: ScoreScale
  public var scoreItems: [ScoreItem]
  public var reflectionQuestions: [ReflectionQuestion]
  public var recommendationGroups: [RecommendationGroup]
  /// Further sections of the page kept for reference (organizations with expertise, ongoing
  /// challenges, community resources).
  public var referenceSections: [ReferenceSection]
  public var plan: PlanTemplate
  /// The text before the reflection questions (on the source page: where to find the report).
  public var reflectionIntroduction: String
  /// The text before the score items (it says that they are the workbook's own).
  public var scoreItemsIntroduction: String
  /// The text before the recommendation groups.
  public var recommendationsIntroduction: String
  /// Set when the texts are a translation's (see `ContentTranslator`); nil for the source file's.
  /// The ids, and so every session's answers, are the same in every language.
  public var translation: StrategyTranslation? = nil

  public init(
    id: String, title: String, reportQuestion: Int, version: String, source: ContentSource,
    introduction: String, scale: ScoreScale, scoreItems: [ScoreItem],
    reflectionQuestions: [ReflectionQuestion], recommendationGroups: [RecommendationGroup],
    referenceSections: [ReferenceSection], plan: PlanTemplate, reflectionIntroduction: String = "",
    scoreItemsIntroduction: String = "", recommendationsIntroduction: String = ""
  ) {
    self.id = id
    self.title = title
    self.reportQuestion = reportQuestion
    self.version = version
    self.source = source
    self.introduction = introduction
    self.scale = scale
    self.scoreItems = scoreItems
    self.reflectionQuestions = reflectionQuestions
    self.recommendationGroups = recommendationGroups
    self.referenceSections = referenceSections
    self.plan = plan
    self.reflectionIntroduction = reflectionIntroduction
    self.scoreItemsIntroduction = scoreItemsIntroduction
    self.recommendationsIntroduction = recommendationsIntroduction
  }

  /// Every recommendation of every group, in page order.
  public var recommendations: [Recommendation] { recommendationGroups.flatMap(\.recommendations) }

  public func scoreItem(id: String) -> ScoreItem? { scoreItems.first { $0.id == id } }
  public func reflectionQuestion(id: String) -> ReflectionQuestion? {
    reflectionQuestions.first { $0.id == id }
  }
  public func recommendation(id: String) -> Recommendation? {
    recommendations.first { $0.id == id }
  }
  public func group(containing recommendationID: String) -> RecommendationGroup? {
    recommendationGroups.first { $0.recommendations.contains { $0.id == recommendationID } }
  }
}

/// Where the content came from and under which licence it may be reused.
public struct ContentSource: Sendable, Equatable, Codable {
  public var url: String
  public var licence: String
  public var attribution: String

  public init(url: String, licence: String, attribution: String) {
    self.url = url
    self.licence = licence
    self.attribution = attribution
  }
}
