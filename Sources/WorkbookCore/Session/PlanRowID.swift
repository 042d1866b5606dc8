extension Session {
  /// An id for a new plan row that no row of the plan has: "row-" and the next free number.
  public func newPlanRowID() -> String {
    let taken = Set(plan.map(\.id))
    var number = plan.count + 1
    while taken.contains("row-\(number)") { number += 1 }
    return "row-\(number)"
  }
}
