import WorkbookCore

/// The steps of a workshop, in order. People move freely between them; every front end offers
/// them in this order.
public enum Step: Int, Sendable, Equatable, Hashable, CaseIterable {
  case overview
  case scores
  case reflection
  case recommendations
  case plan
  case export

  /// The step's name, which each front end looks up in its language.
  public var titleKey: MessageKey {
    switch self {
    case .overview: .workshopStepOverview
    case .scores: .workshopStepScores
    case .reflection: .workshopStepReflection
    case .recommendations: .workshopStepRecommendations
    case .plan: .workshopStepPlan
    case .export: .workshopStepExport
    }
  }

  /// The step's name in English.
  public var title: String { Messages.english(titleKey) }
}
