import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updateExport(_ action: ExportAction) -> [Effect] {
    guard var state = workbook?.export else { return [] }
    switch action {
    case .previousFormat, .nextFormat:
      let all = ExportChoice.allCases
      let index = state.choice.rawValue + (action == .nextFormat ? 1 : -1)
      guard let next = all[safe: index] else { return [] }
      state.fileName = state.fileName.map {
        ExportFileName.renamed($0, from: state.choice, to: next)
      }
      state.choice = next
      state.scroll = 0
      state.outcome = .none
    case .scroll(let scroll): state.scroll = scroll.offset(from: state.scroll)
    case .editFileName:
      state.fileEditor = TextEditor(
        text: exportFileName ?? "", mode: .singleLine, placeholder: "a file name, or a path")
    case .write:
      guard let request = exportRequest(overwrite: false) else { return [] }
      workbook?.export.outcome = .writing
      return [.writeExport(request)]
    case .confirmOverwrite:
      state.pendingOverwrite = nil
      workbook?.export = state
      guard let request = exportRequest(overwrite: true) else { return [] }
      workbook?.export.outcome = .writing
      return [.writeExport(request)]
    case .cancelOverwrite:
      state.pendingOverwrite = nil
      let rename = KeyBinding.key(for: .export(.editFileName), in: KeyBinding.export)
      message = StatusMessage("Nothing written. Press \(rename) to choose another file name.")
    }
    workbook?.export = state
    return []
  }

  /// A key for the file name being typed: Enter keeps it, Esc leaves the name as it was.
  mutating func updateExportFileName(_ key: Key, in field: FieldSize) -> [Effect] {
    guard var editor = workbook?.export.fileEditor else { return [] }
    editor.resize(to: field)
    switch editor.handle(key) {
    case .editing, .unhandled:
      workbook?.export.fileEditor = editor
    case .cancelled:
      workbook?.export.fileEditor = nil
    case .finished:
      let name = editor.text.trimmingSpaces()
      guard !name.isEmpty else {
        workbook?.export.fileEditor = editor
        let cancel = EditorKeys.entry(.cancel, in: .singleLine)?.keys.first?.label ?? ""
        message = StatusMessage(
          "The file name is empty: type one, or press \(cancel) to keep the one before.",
          isError: true)
        return []
      }
      workbook?.export.fileEditor = nil
      if name != exportFileName {
        workbook?.export.fileName = name
        workbook?.export.outcome = .none
      }
    }
    return []
  }

  /// The run loop's answer to `.writeExport`.
  mutating func receiveExport(_ result: EffectResult) {
    guard workbook != nil else { return }
    switch result {
    case .exportWritten(let path):
      workbook?.export.outcome = .written(path)
      message = StatusMessage("Written to \(path)")
    case .exportFileExists(let path):
      workbook?.export.outcome = .none
      workbook?.export.pendingOverwrite = path
    case .exportFailed(let reason):
      workbook?.export.outcome = .failed(reason)
      message = StatusMessage("Not written: \(reason)", isError: true)
    default: break
    }
  }

  /// The file name in use: the one typed, else the default made from the session's title.
  var exportFileName: String? {
    guard let workbook else { return nil }
    return workbook.export.fileName
      ?? ExportFileName.defaultName(title: workbook.session.title, choice: workbook.export.choice)
  }

  /// The absolute path the export writes to.
  var exportPath: String? {
    exportFileName.map { ExportFileName.resolve($0, in: currentFolder) }
  }

  /// The write to ask for, or nil (saying why) when the exporter gave no text.
  private mutating func exportRequest(overwrite: Bool) -> ExportRequest? {
    refreshExportPreview()
    guard let workbook, let path = exportPath, let preview = workbook.export.preview else {
      return nil
    }
    let text: String
    switch preview.text {
    case .success(let exported): text = exported
    case .failure(let problem):
      message = StatusMessage("Nothing to write: \(problem.reason)", isError: true)
      return nil
    }
    return ExportRequest(
      text: text, path: path, overwrite: overwrite, sessionID: workbook.session.id)
  }

  /// Makes the preview again when the session or the choice has changed since it was made (an
  /// undo on the Export step changes the session too).
  mutating func refreshExportPreview() {
    guard let workbook, workbook.step == .export else { return }
    let choice = workbook.export.choice
    if let preview = workbook.export.preview, preview.choice == choice,
      preview.session == workbook.session
    {
      return
    }
    let text: Result<String, ExportState.ExportProblem>
    do {
      text = .success(
        try choice.text(of: workbook.session, strategy: workbook.strategy, messages: messages))
    } catch {
      text = .failure(ExportState.ExportProblem(reason: "\(error)"))
    }
    self.workbook?.export.preview = ExportState.Preview(
      session: workbook.session, choice: choice, text: text)
  }
}
