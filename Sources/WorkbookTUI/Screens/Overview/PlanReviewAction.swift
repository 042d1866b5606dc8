import WorkbookCore

/// Reviewing the earlier session's plan on the Overview step of a session based on one: what
/// became of each of its rows, and a note. Each change is saved at once and undone with u.
public enum PlanReviewAction: Sendable, Equatable {
  /// The earlier row above or below.
  case moveUp
  case moveDown
  /// What became of the selected row; carrying it adds a row to this session's plan.
  case mark(PlanRowOutcome)
  /// Write the note on the selected row.
  case editNote
  /// Close the review.
  case done
}
