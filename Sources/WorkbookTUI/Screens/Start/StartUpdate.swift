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
        message = StatusMessage("“\(entry.title)” cannot be opened: \(problem)", isError: true)
        return []
      }
      return [.openSession(id: entry.id)]
    case .new:
      // A draft left with Esc is still there; otherwise the form starts empty.
      if newSession == nil { newSession = NewSessionState(strategies: strategies) }
      screen = .newSession
    case .delete:
      start.pendingDeletion = start.selected
    case .confirmDelete:
      guard let entry = start.pendingDeletion else { return [] }
      start.pendingDeletion = nil
      return [.deleteSession(id: entry.id)]
    case .cancelDelete:
      start.pendingDeletion = nil
    }
    return []
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
