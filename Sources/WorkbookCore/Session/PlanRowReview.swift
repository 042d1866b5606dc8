/// What became of one row of the earlier session's plan, as the new session's team sees it.
public struct PlanRowReview: Sendable, Equatable, Codable {
  public var outcome: PlanRowOutcome
  public var note: String

  public init(outcome: PlanRowOutcome = .notReviewed, note: String = "") {
    self.outcome = outcome
    self.note = note
  }
}

public enum PlanRowOutcome: String, Sendable, Equatable, Codable, CaseIterable {
  case notReviewed = "not-reviewed"
  case done
  case inProgress = "in-progress"
  case dropped
  /// Carried into the new plan: the new plan has a row linked to it (`PlanRow.carriedFrom`).
  case carried

  public var label: String {
    switch self {
    case .notReviewed: "Not reviewed"
    case .done: "Done"
    case .inProgress: "In progress"
    case .dropped: "Dropped"
    case .carried: "Carried into the new plan"
    }
  }
}
