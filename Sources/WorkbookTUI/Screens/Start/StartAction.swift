/// What a user can do on the start screen.
public enum StartAction: Sendable, Equatable {
  case moveUp
  case moveDown
  case open
  case new
  case delete
  case confirmDelete
  case cancelDelete
}
