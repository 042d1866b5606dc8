import WorkbookWorkflow

/// Moving between the steps of the open session, and leaving it.
public enum StepAction: Sendable, Equatable {
  case next
  case previous
  case goTo(Step)
  /// Esc: close the session and go back to the start screen (everything is saved already).
  case close
}
