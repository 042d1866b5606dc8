import WorkbookCore

/// What a user can do in the Recommendations step (typing a note goes through
/// `Action.textEditor`).
public enum RecommendationsAction: Sendable, Equatable {
  case moveUp
  case moveDown
  /// Marks the selected recommendation; marking it with the status it has takes the mark back.
  case setStatus(ReviewStatus)
  /// No priority, then high, medium, low, and round again.
  case cyclePriority
  /// Enter: write or change the team's note on the selected recommendation.
  case editNote
  /// All, then each status in turn.
  case cycleFilter
  /// Orders the groups by their score items' results, low and split first.
  case toggleWeakAreasFirst
  /// Adds a plan row linked to the selected recommendation.
  case addToPlan
}
