/// What a user can do on the start screen.
public enum StartAction: Sendable, Equatable {
  case moveUp
  case moveDown
  case open
  case new
  case delete
  case confirmDelete
  case cancelDelete
  /// The session chosen is open in another terminal: follow it read-only, or go back.
  case openReadOnly
  case dismissLocked
}
