import WorkbookWorkflow

extension AppState {
  mutating func updateStart(_ action: StartAction) -> [Effect] {
    let count = start.sessions?.count ?? 0
    switch action {
    case .moveUp:
      start.selection = max(0, start.selection - 1)
    case .moveDown:
      start.selection = max(0, min(count - 1, start.selection + 1))
    case .open:
      guard let entry = start.selected else { return [] }
      if let problem = entry.problem {
        message = StatusMessage(.tuiStartSessionCannotOpen, entry.title, problem, isError: true)
        return []
      }
      return [.openSession(id: entry.id)]
    case .new:
      // A draft left with Esc is still there; otherwise the form starts empty.
      if newSession == nil { newSession = NewSessionState(strategies: strategies) }
      newSession?.earlierSessions = start.sessions ?? []
      screen = .newSession
    case .delete:
      start.pendingDeletion = start.selected
    case .confirmDelete:
      guard let entry = start.pendingDeletion else { return [] }
      start.pendingDeletion = nil
      return [.deleteSession(id: entry.id)]
    case .cancelDelete:
      start.pendingDeletion = nil
    case .openReadOnly:
      guard let locked = start.locked else { return [] }
      start.locked = nil
      return [.openSessionReadOnly(id: locked.entry.id)]
    case .dismissLocked:
      start.locked = nil
    }
    return []
  }

  /// The session asked for is open in another terminal: the start screen offers to follow it.
  mutating func receiveLocked(id: String, editor: OtherTerminal?) {
    let entry =
      start.sessions?.first { $0.id == id }
      ?? SessionListEntry(id: id, title: id, organization: "", updatedAt: "", progress: 0)
    start.locked = LockedSession(entry: entry, editor: editor)
  }

  /// A fresh list from the run loop: newest first, the selection kept on the same session.
  mutating func receive(sessions: [SessionListEntry]) {
    let selectedID = start.selectOnArrival ?? start.selected?.id
    start.selectOnArrival = nil
    let sorted = sessions.sorted { ($0.updatedAt, $0.id) > ($1.updatedAt, $1.id) }
    start.sessions = sorted
    start.selection =
      sorted.firstIndex { $0.id == selectedID } ?? min(start.selection, max(0, sorted.count - 1))
  }
}
