import WorkbookCore

extension Session {
  /// Adds a plan row for a recommendation, unless one is already linked to it.
  @discardableResult
  public mutating func addPlanRow(for recommendation: Recommendation, strategy: Strategy)
    -> PlanAddition
  {
    if let index = plan.firstIndex(where: { $0.recommendationID == recommendation.id }) {
      return .alreadyInPlan(row: index + 1)
    }
    plan.append(planRow(for: recommendation, strategy: strategy))
    return .added(row: plan.count)
  }

  /// A new plan row for a recommendation: linked to it, its first column holding the
  /// recommendation's first sentence for the team to rewrite as a goal.
  public func planRow(for recommendation: Recommendation, strategy: Strategy) -> PlanRow {
    var row = PlanRow(id: newPlanRowID(), recommendationID: recommendation.id)
    if let column = strategy.plan.columns.first {
      row[column.id] = Self.firstSentence(of: recommendation.text)
    }
    return row
  }

  /// The text up to its first ". ", with the full stop; all of it when there is none.
  public static func firstSentence(of text: String) -> String {
    guard let end = text.firstRange(of: ". ") else { return text }
    return String(text[..<end.lowerBound]) + "."
  }
}
