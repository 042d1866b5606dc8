import WorkbookCore

/// The capacity building plan's rows; their cells are set with `TextChange.planCell`.
extension Session {
  /// Adds an empty row at the end and gives its id.
  @discardableResult
  public mutating func addBlankPlanRow() -> String {
    let id = newPlanRowID()
    plan.append(PlanRow(id: id))
    return id
  }

  /// Deletes the row at `index` (from 0), if there is one.
  public mutating func deletePlanRow(at index: Int) {
    guard plan.indices.contains(index) else { return }
    plan.remove(at: index)
  }

  /// Swaps the row at `index` with the one above (`by: -1`) or below (`by: 1`); false, changing
  /// nothing, when there is none there.
  @discardableResult
  public mutating func movePlanRow(at index: Int, by offset: Int) -> Bool {
    let target = index + offset
    guard plan.indices.contains(index), plan.indices.contains(target), index != target else {
      return false
    }
    plan.swapAt(index, target)
    return true
  }

  /// Whether a row holds nothing a person wrote or linked: a row added and left empty.
  public func planRowIsBlank(_ row: PlanRow) -> Bool {
    row.cells.isEmpty && row.recommendationID == nil
  }
}
