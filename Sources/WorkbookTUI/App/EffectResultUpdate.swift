import WorkbookWorkflow

extension AppState {
  /// Takes in what performing an effect came to, as the run loop reports it.
  mutating func receive(_ result: EffectResult) {
    switch result {
    case .sessionsLoaded(let entries): receive(sessions: entries)
    case .sessionOpened(let session): open(session)
    case .sessionOpenedReadOnly(let session, let editor): openReadOnly(session, editor: editor)
    case .sessionLocked(let id, let editor): receiveLocked(id: id, editor: editor)
    case .sessionReloaded(let session, let editor): follow(session, editor: editor)
    case .saved(let time):
      pendingSaves = max(0, pendingSaves - 1)
      workbook?.session.updatedAt = time
      // Each save writes the whole session, so once the last one asked for has landed, every
      // change is on disk, a failure before it included.
      if pendingSaves == 0, save != .unchanged {
        save = .saved(at: time)
        if message?.isAboutAFailedSave == true { message = nil }
      }
    case .saveFailed(let reason):
      pendingSaves = max(0, pendingSaves - 1)
      save = .failed(reason)
      // In place of any message that came with the change ("Your scores are saved…").
      message = .saveFailed(reason)
    case .exportWritten, .exportFileExists, .exportFailed: receiveExport(result)
    case .failed(let reason):
      message = StatusMessage(reason, isError: true)
    }
  }
}
