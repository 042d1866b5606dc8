extension TextEditing {
  /// The size of the field the open text editor is drawn in at the terminal's size, as each
  /// screen lays it out, or nil when no editor is open.
  static func field(in state: AppState, width: Int, height: Int) -> FieldSize? {
    guard state.hasOpenTextEditor, let workbook = state.workbook else { return nil }
    let frame = ContentFrame(width: width, height: height)
    switch workbook.step {
    case .overview:
      return workbook.overview.notesEditor != nil
        ? OverviewScreen.notesEditorSize(frame) : PlanReviewView.noteEditorSize(frame)
    case .reflection: return ReflectionScreen.Layout(workbook, frame: frame).answerField
    case .recommendations: return RecommendationsScreen.noteField(frame)
    case .plan: return PlanScreen.cellField(PlanScreen.area(frame, terminalWidth: width))
    case .export:
      return FieldSize(
        width: ExportScreen.fileFieldWidth(frame, messages: state.messages), height: 1)
    case .scores: return nil
    }
  }
}
