import WorkbookCore

/// The versions of the session before each change, for undo, and the ones undone, for redo.
public struct UndoHistory: Sendable, Equatable {
  public private(set) var undoStack: [Session] = []
  public private(set) var redoStack: [Session] = []
  /// Enough for a whole workshop's worth of changes without growing without bound.
  static let limit = 200

  public init() {}

  /// Remembers the session as it was before a change; a new change forgets what was undone.
  mutating func record(_ before: Session) {
    undoStack.append(before)
    if undoStack.count > Self.limit { undoStack.removeFirst() }
    redoStack.removeAll()
  }

  /// The session to go back to, given the current one, or nil when there is nothing to undo.
  mutating func undo(from current: Session) -> Session? {
    guard let previous = undoStack.popLast() else { return nil }
    redoStack.append(current)
    return previous
  }

  /// The session to go forward to, given the current one, or nil when there is nothing to redo.
  mutating func redo(from current: Session) -> Session? {
    guard let next = redoStack.popLast() else { return nil }
    undoStack.append(current)
    return next
  }

  /// Forgets the last change when `session` is what it went back to: a change taken back at
  /// once (a plan row added and left empty) leaves nothing to undo.
  mutating func forgetLast(ifBefore session: Session) {
    if undoStack.last == session { undoStack.removeLast() }
  }

  mutating func clear() {
    undoStack.removeAll()
    redoStack.removeAll()
  }
}
