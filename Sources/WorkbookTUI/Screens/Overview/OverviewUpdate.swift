import WorkbookWorkflow

extension AppState {
  mutating func updateOverview(_ action: OverviewAction) -> [Effect] {
    guard var workbook else { return [] }
    let frame = ContentFrame(width: terminalWidth, height: terminalHeight)
    let page = max(1, frame.height - 1)
    let delta: Int
    switch action {
    case .scrollUp: delta = -1
    case .scrollDown: delta = 1
    case .pageUp: delta = -page
    case .pageDown: delta = page
    case .editNotes:
      let size = OverviewScreen.notesEditorSize(frame)
      workbook.overview.notesEditor = TextEditor(
        text: workbook.session.facilitatorNotes, width: size.width, height: size.height,
        placeholder: "Notes for the facilitator: what to prepare, what to follow up.")
      self.workbook = workbook
      return []
    case .editAgenda:
      return openAgendaEditor()
    case .reviewEarlierPlan:
      guard !earlierPlanRows.isEmpty else {
        message = StatusMessage("This session is not based on an earlier one with a plan.")
        return []
      }
      workbook.overview.planReviewSelection = 0
      self.workbook = workbook
      return []
    }
    let lineCount = OverviewScreen.lines(of: workbook, width: frame.width).count
    let lastScroll = max(0, lineCount - frame.height)
    workbook.overview.scroll = max(0, min(lastScroll, workbook.overview.scroll + delta))
    self.workbook = workbook
    return []
  }

  /// A key for the notes being written: Ctrl-D keeps the text in the session, Esc leaves it as it
  /// was.
  mutating func updateOverviewNotes(_ key: Key) -> [Effect] {
    guard var editor = workbook?.overview.notesEditor else { return [] }
    // The terminal may have changed size since the last key.
    let size = OverviewScreen.notesEditorSize(
      ContentFrame(width: terminalWidth, height: terminalHeight))
    editor.resize(width: size.width, height: size.height)
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
