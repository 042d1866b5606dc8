import WorkbookCore

/// Work with the outside world that a front end's `update` asks for and the runtime performs. The
/// runtime hands each result back (an `EffectResult`, as noted per case) for the front end to
/// apply.
public enum Effect: Sendable, Equatable {
  /// Read the list of sessions; answer `.sessionsLoaded`, or `.failed` with the reason.
  case loadSessionList
  /// Load a session; answer `.sessionOpened`, or `.failed` naming the file and the problem.
  case openSession(id: String)
  /// Load a session without its lock, to follow it read-only; answer `.sessionOpenedReadOnly`,
  /// or `.failed`. The runtime then reads it again whenever its file changes.
  case openSessionReadOnly(id: String)
  /// Create and save a new session; answer `.sessionOpened` with it, or `.failed`.
  case createSession(NewSessionRequest)
  /// Save the session (stamping its update time); answer `.saved(at:)` or `.saveFailed`.
  case saveSession(Session)
  /// Delete a session; answer `.sessionsLoaded` with the list without it, or `.failed`.
  case deleteSession(id: String)
  /// Write an export to a file; answer `.exportWritten`, `.exportFileExists` or `.exportFailed`.
  case writeExport(ExportRequest)
  /// Ring the terminal bell once (a step's time is up); no answer.
  case ringBell
  /// Leave the program once the saves asked for before have been performed.
  case quit
}
