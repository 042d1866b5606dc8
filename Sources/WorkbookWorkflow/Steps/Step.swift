/// The steps of a workshop, in order. People move freely between them; every front end offers
/// them in this order.
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
}
