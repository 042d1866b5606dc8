/// What asking for a recommendation's plan row did (rows are numbered from 1).
public enum PlanAddition: Sendable, Equatable {
  /// A row was added, as this row.
  case added(row: Int)
  /// The recommendation already has a row, this one: one row per recommendation, never a copy.
  case alreadyInPlan(row: Int)
}
