import WorkbookWorkflow

extension AppState {
  mutating func updateOverview(_ action: OverviewAction) -> [Effect] {
    guard var workbook else { return [] }
    switch action {
    case .scroll(let scroll):
      workbook.overview.scroll = scroll.offset(from: workbook.overview.scroll)
    case .editNotes:
      workbook.overview.notesEditor = TextEditor(
        text: workbook.session.facilitatorNotes,
        placeholder: messages(.tuiNotesPlaceholder))
    case .editAgenda:
      return openAgendaEditor()
    case .reviewEarlierPlan:
      guard !earlierPlanRows.isEmpty else {
        message = StatusMessage(.tuiPlanReviewNone)
        return []
      }
      workbook.overview.planReviewSelection = 0
    }
    self.workbook = workbook
    return []
  }

  /// A key for the notes being written: Ctrl-D keeps the text in the session, Esc leaves it as it
  /// was.
  mutating func updateOverviewNotes(_ key: Key, in field: FieldSize) -> [Effect] {
    guard var editor = workbook?.overview.notesEditor else { return [] }
    editor.resize(to: field)
    switch editor.handle(key) {
    case .editing, .unhandled:
      workbook?.overview.notesEditor = editor
      return []
    case .cancelled:
      workbook?.overview.notesEditor = nil
      return []
    case .finished:
      workbook?.overview.notesEditor = nil
      return changeSession { $0.apply(.facilitatorNotes(editor.text)) }
    }
  }
}
