import WorkbookWorkflow

/// The start screen: the recent sessions, the one selected, and a deletion waiting for "yes".
public struct StartState: Sendable, Equatable {
  /// Nil until the run loop has read the list.
  public var sessions: [SessionListEntry]?
  public var selection: Int = 0
  /// The session the user asked to delete, shown in a confirmation until they answer.
  public var pendingDeletion: SessionListEntry?
  /// The session to select when the list next arrives: the one just closed.
  public var selectOnArrival: String?
  /// The session the user asked to open while another terminal edits it, and that terminal:
  /// shown with the offer to follow it read-only until they answer.
  public var locked: LockedSession?

  public init(sessions: [SessionListEntry]? = nil) {
    self.sessions = sessions
  }

  var selected: SessionListEntry? {
    guard let sessions, sessions.indices.contains(selection) else { return nil }
    return sessions[selection]
  }
}
