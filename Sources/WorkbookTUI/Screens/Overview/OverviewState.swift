/// The Overview step: how far the text has been scrolled, and the facilitator's notes while they
/// are being written.
public struct OverviewState: Sendable, Equatable {
  /// The first line of the text on screen.
  public var scroll = 0
  /// The session's facilitator notes being written; nil when not writing.
  public var notesEditor: TextEditor?

  public init() {}
}
