import WorkbookCore
import WorkbookWorkflow

/// How the step bar and the keys show a step.
extension Step {
  /// A shorter title for a narrow step bar.
  var shortTitleKey: MessageKey {
    switch self {
    case .overview: .tuiStepShortOverview
    case .scores: .tuiStepShortScores
    case .reflection: .tuiStepShortReflection
    case .recommendations: .tuiStepShortRecommendations
    case .plan: .tuiStepShortPlan
    case .export: .tuiStepShortExport
    }
  }

  /// The key that jumps to the step: "1" for Overview … "6" for Export.
  public var number: Int { rawValue + 1 }
}
