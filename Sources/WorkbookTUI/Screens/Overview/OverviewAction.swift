/// Reading the Overview step (typing the notes goes through `Action.textEditor`).
public enum OverviewAction: Sendable, Equatable {
  /// Scroll the text, by the extent measured when it was drawn.
  case scroll(FreeScroll)
  /// Write or change the facilitator's notes for the session.
  case editNotes
  /// Plan the session's time: open the agenda's editor.
  case editAgenda
  /// Review the earlier session's plan (a session based on one).
  case reviewEarlierPlan
}
