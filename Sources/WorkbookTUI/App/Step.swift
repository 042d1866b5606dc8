/// The steps of a session, in the order the step bar shows them. Users move freely between them.
public enum Step: Int, Sendable, Equatable, Hashable, CaseIterable {
  case overview
  case scores
  case reflection
  case recommendations
  case plan
  case export

  public var title: String {
    switch self {
    case .overview: "Overview"
    case .scores: "Scores"
    case .reflection: "Reflection"
    case .recommendations: "Recommendations"
    case .plan: "Plan"
    case .export: "Export"
    }
  }

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
