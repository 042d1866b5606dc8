import WorkbookWorkflow

/// How the step bar and the keys show a step.
extension Step {
  /// A shorter title for a narrow step bar.
  var shortTitle: String {
    switch self {
    case .recommendations: "Recs"
    case .reflection: "Reflect"
    default: title
    }
  }

  /// The key that jumps to the step: "1" for Overview … "6" for Export.
  public var number: Int { rawValue + 1 }
}
