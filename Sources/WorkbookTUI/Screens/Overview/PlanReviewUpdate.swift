import WorkbookCore
import WorkbookWorkflow

extension AppState {
  /// The earlier plan's rows, for a session based on an earlier one that had a plan.
  var earlierPlanRows: [PlanRow] { workbook?.session.basedOn?.snapshot.plan ?? [] }

  mutating func updatePlanReview(_ action: PlanReviewAction) -> [Effect] {
    let rows = earlierPlanRows
    guard let selected = workbook?.overview.planReviewSelection,
      let earlier = workbook?.session.basedOn,
      rows.indices.contains(selected)
    else { return [] }
    let row = rows[selected]
    switch action {
    case .moveUp:
      workbook?.overview.planReviewSelection = max(0, selected - 1)
    case .moveDown:
      workbook?.overview.planReviewSelection = min(rows.count - 1, selected + 1)
    case .mark(let outcome):
      let note = earlier.review(ofRow: row.id).note
      if outcome == .carried {
        message = StatusMessage(.tuiPlanReviewCarried)
      }
      return changeSession { $0.reviewEarlierPlanRow(row.id, outcome: outcome, note: note) }
    case .editNote:
      workbook?.overview.planReviewNoteEditor = TextEditor(
        text: earlier.review(ofRow: row.id).note,
        placeholder: messages(.tuiPlanReviewNotePlaceholder))
    case .done:
      workbook?.overview.planReviewSelection = nil
    }
    return []
  }

  /// A key for the note being written on an earlier plan row: Ctrl-D keeps it, Esc leaves the
  /// note as it was.
  mutating func updatePlanReviewNote(_ key: Key, in field: FieldSize) -> [Effect] {
    guard var editor = workbook?.overview.planReviewNoteEditor,
      let selected = workbook?.overview.planReviewSelection,
      let row = earlierPlanRows[safe: selected], let earlier = workbook?.session.basedOn
    else { return [] }
    editor.resize(to: field)
    switch editor.handle(key) {
    case .editing, .unhandled:
      workbook?.overview.planReviewNoteEditor = editor
      return []
    case .cancelled:
      workbook?.overview.planReviewNoteEditor = nil
      return []
    case .finished:
      workbook?.overview.planReviewNoteEditor = nil
      let outcome = earlier.review(ofRow: row.id).outcome
      return changeSession { $0.reviewEarlierPlanRow(row.id, outcome: outcome, note: editor.text) }
    }
  }
}
