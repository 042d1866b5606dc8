/// Changing the session's agenda in its editor on the Overview step. Each change is saved at once
/// and undone with u, like any other.
public enum AgendaAction: Sendable, Equatable {
  /// The step above or below.
  case moveUp
  case moveDown
  /// Minutes more (positive) or fewer for the selected step, within 0 and the maximum.
  case change(by: Int)
  /// The suggested split of a 60- or 90-minute session (`Agenda.suggested(forMinutes:)`).
  case suggest(minutes: Int)
  /// No agenda: the timers go back to their plain lengths. Closes the editor.
  case remove
  /// Close the editor.
  case done
}
