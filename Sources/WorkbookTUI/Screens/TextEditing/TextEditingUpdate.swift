import WorkbookWorkflow

extension AppState {
  /// The text editor open on the screen in view, if any: while there is one, every key goes to it.
  var openTextEditor: TextEditor? {
    guard screen == .workbook, let workbook else { return nil }
    switch workbook.step {
    case .overview: return workbook.overview.notesEditor ?? workbook.overview.planReviewNoteEditor
    case .reflection: return workbook.reflection.editor
    case .recommendations: return workbook.recommendations.noteEditor
    case .plan: return workbook.plan.cellEditor
    case .export: return workbook.export.fileEditor
    default: return nil
    }
  }

  var hasOpenTextEditor: Bool { openTextEditor != nil }

  /// Keeps what is being written, as Ctrl-D would, when the program must stop at once (Ctrl-C):
  /// nothing typed is lost.
  mutating func saveOpenTextEditor() -> [Effect] {
    guard let editor = openTextEditor else { return [] }
    return updateTextEditor(.control("d"), in: editor.size)
  }

  /// A key for the open text editor, handed to the step that holds it.
  /// The editor takes `field`'s size first: the terminal may have changed since the last key.
  mutating func updateTextEditor(_ key: Key, in field: FieldSize) -> [Effect] {
    guard let workbook else { return [] }
    switch workbook.step {
    case .overview:
      return workbook.overview.planReviewNoteEditor == nil
        ? updateOverviewNotes(key, in: field) : updatePlanReviewNote(key, in: field)
    case .reflection: return updateReflectionAnswer(key, in: field)
    case .recommendations: return updateRecommendationNote(key, in: field)
    case .plan: return updatePlanCell(key, in: field)
    case .export: return updateExportFileName(key, in: field)
    default: return []
    }
  }
}

/// The keymap's view of a text editor.
enum TextEditing {
  /// The contexts while a text editor is open: its keys, and after Esc with changes the question
  /// whether to discard them.
  static func contexts(_ state: AppState) -> [KeyContext] {
    let editing: KeyContext = state.openTextEditor?.mode == .singleLine ? .lineEditor : .textEditor
    return state.openTextEditor?.isConfirmingDiscard == true
      ? [.discardingText, editing, .always] : [editing, .always]
  }
}
