import WorkbookCore

/// What `SessionStore.restore` did: the session now current, and the number under which the
/// version it replaced was kept (nil when there was no file to keep), to undo the restore by.
public struct RestoredVersion: Sendable {
  public var session: Session
  public var replacedKeptAs: Int?
}
