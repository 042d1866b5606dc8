import WorkbookWorkflow

/// The Overview step: how far the text has been scrolled, the facilitator's notes while they
/// are being written, and the agenda while it is being changed.
public struct OverviewState: Sendable, Equatable {
  /// The first line of the text on screen.
  public var scroll = 0
  /// The session's facilitator notes being written; nil when not writing.
  public var notesEditor: TextEditor?
  /// The step selected in the agenda's editor; nil when the editor is closed.
  public var agendaSelection: Step?
  /// The earlier plan's row selected in its review; nil when the review is closed.
  public var planReviewSelection: Int?
  /// The note on that row being written; nil when not writing.
  public var planReviewNoteEditor: TextEditor?

  public init() {}
}
