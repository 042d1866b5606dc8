extension AppState {
  /// The text editor open on the screen in view, if any: while there is one, every key goes to it.
  var hasOpenTextEditor: Bool {
    guard screen == .workbook, let workbook else { return false }
    switch workbook.step {
    case .reflection: return workbook.reflection.editor != nil
    case .recommendations: return workbook.recommendations.noteEditor != nil
    case .plan: return workbook.plan.cellEditor != nil
    default: return false
    }
  }

  /// Keeps what is being written, as Ctrl-D would, when the program must stop at once (Ctrl-C):
  /// nothing typed is lost.
  mutating func saveOpenTextEditor() -> [Effect] {
    hasOpenTextEditor ? updateTextEditor(.control("d")) : []
  }

  /// A key for the open text editor, handed to the step that holds it.
  mutating func updateTextEditor(_ key: Key) -> [Effect] {
    guard let workbook else { return [] }
    switch workbook.step {
    case .reflection: return updateReflectionAnswer(key)
    case .recommendations: return updateRecommendationNote(key)
    case .plan: return updatePlanCell(key)
    default: return []
    }
  }
}
