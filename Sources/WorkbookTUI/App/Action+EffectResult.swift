import WorkbookWorkflow

extension Action {
  /// The action that reports an effect's result to `update`.
  public init(_ result: EffectResult) {
    switch result {
    case .sessionsLoaded(let entries): self = .sessionsLoaded(entries)
    case .sessionOpened(let session): self = .sessionOpened(session)
    case .sessionOpenedReadOnly(let session, let editor):
      self = .sessionOpenedReadOnly(session, editor: editor)
    case .sessionLocked(let id, let editor): self = .sessionLocked(id: id, editor: editor)
    case .sessionReloaded(let session, let editor):
      self = .sessionReloaded(session, editor: editor)
    case .saved(let time): self = .saved(at: time)
    case .saveFailed(let reason): self = .saveFailed(reason)
    case .exportWritten(let path): self = .exportWritten(path: path)
    case .exportFileExists(let path): self = .exportFileExists(path: path)
    case .exportFailed(let reason): self = .exportFailed(reason)
    case .failed(let reason): self = .failed(reason)
    }
  }
}
