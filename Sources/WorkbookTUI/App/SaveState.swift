/// Whether the session on screen is safely on disk, as the status line reports it.
public enum SaveState: Sendable, Equatable {
  /// Nothing has changed since the session was opened.
  case unchanged
  /// A save was asked for and has not been answered yet.
  case saving
  /// The last save succeeded at this ISO 8601 time.
  case saved(at: String)
  /// The last save failed; the changes are still in memory and the next change tries again.
  case failed(String)
}
