import WorkbookCore

/// What performing an `Effect` came to, as the runtime hands it back to a front end (which turns
/// it into an action of its own). `Effect`'s cases say which results each may have.
public enum EffectResult: Sendable, Equatable {
  /// The sessions for the start screen.
  case sessionsLoaded([SessionListEntry])
  /// A session opened (or created) for editing, its lock held.
  case sessionOpened(Session)
  /// A session opened read-only, and the terminal editing it, if one is.
  case sessionOpenedReadOnly(Session, editor: OtherTerminal?)
  /// The session is open for editing in another terminal.
  case sessionLocked(id: String, editor: OtherTerminal?)
  /// The session followed read-only, read again: the other terminal saved it.
  case sessionReloaded(Session, editor: OtherTerminal?)
  /// Saved; the session's new update time (ISO 8601, UTC).
  case saved(at: String)
  /// Not saved, and why.
  case saveFailed(String)
  /// The export was written to this absolute path.
  case exportWritten(path: String)
  /// The export's file exists and overwriting was not asked for.
  case exportFileExists(path: String)
  /// Why the export could not be written.
  case exportFailed(String)
  /// An effect other than a save or an export failed (open, create, delete, list): the reason,
  /// for the user.
  case failed(String)
}
