import WorkbookCore

extension Session {
  /// Records what became of the earlier plan's row `rowID`. Carrying it adds a row to this
  /// session's plan, a copy of the earlier row's cells linked to it, unless the plan already has
  /// one. Choosing another outcome afterwards keeps that row: the team may have written in it,
  /// and deleting it is theirs to do in the plan.
  /// Does nothing when the session is not based on an earlier one or that has no such row.
  public mutating func reviewEarlierPlanRow(
    _ rowID: String, outcome: PlanRowOutcome, note: String = ""
  ) {
    guard var earlier = basedOn,
      let earlierRow = earlier.snapshot.plan.first(where: { $0.id == rowID })
    else { return }
    earlier.planReview[rowID] = PlanRowReview(outcome: outcome, note: note)
    basedOn = earlier
    guard outcome == .carried, !plan.contains(where: { $0.carriedFrom == rowID }) else { return }
    plan.append(
      PlanRow(
        id: newPlanRowID(), cells: earlierRow.cells, recommendationID: earlierRow.recommendationID,
        carriedFrom: rowID))
  }
}
