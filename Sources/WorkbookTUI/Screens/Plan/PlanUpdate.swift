import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updatePlan(_ action: PlanAction) -> [Effect] {
    guard let workbook else { return [] }
    let rowCount = workbook.session.plan.count
    let columnCount = workbook.strategy.plan.columns.count
    var state = workbook.plan
    state.row = max(0, min(state.row, rowCount - 1))
    var effects: [Effect] = []
    switch action {
    case .moveUp: state.row = max(0, state.row - 1)
    case .moveDown: state.row = max(0, min(rowCount - 1, state.row + 1))
    case .moveLeft: state.column = max(0, state.column - 1)
    case .moveRight: state.column = max(0, min(columnCount - 1, state.column + 1))
    case .editCell:
      guard rowCount > 0, columnCount > 0 else { return [] }
      state.cellEditor = cellEditor(row: state.row, column: state.column, in: workbook)
    case .addRow:
      guard columnCount > 0 else { return [] }
      var id = ""
      effects = changeSession { id = $0.addBlankPlanRow() }
      state.row = rowCount
      state.column = 0
      state.cellEditor = cellEditor(row: rowCount, column: 0, in: self.workbook ?? workbook)
      state.addedRowID = id
    case .deleteRow:
      guard rowCount > 0 else { return [] }
      let index = state.row
      effects = changeSession { $0.deletePlanRow(at: index) }
      state.row = max(0, min(index, rowCount - 2))
      let undo = KeyBinding.key(for: .undo, in: KeyBinding.history)
      message = StatusMessage(.stepsPlanRowDeleted, index + 1, undo)
    case .moveRowUp, .moveRowDown:
      let index = state.row
      let offset = action == .moveRowUp ? -1 : 1
      guard rowCount > 1, (0..<rowCount).contains(index + offset) else { return [] }
      effects = changeSession { $0.movePlanRow(at: index, by: offset) }
      state.row = index + offset
    }
    self.workbook?.plan = state
    return effects
  }

  /// A key for the cell being written: Ctrl-D keeps the text in the plan, Esc leaves the cell as
  /// it was.
  mutating func updatePlanCell(_ key: Key, in field: FieldSize) -> [Effect] {
    guard let workbook, var editor = workbook.plan.cellEditor,
      let row = workbook.session.plan[safe: workbook.plan.row],
      let column = workbook.strategy.plan.columns[safe: workbook.plan.column]
    else { return [] }
    editor.resize(to: field)
    switch editor.handle(key) {
    case .editing, .unhandled:
      self.workbook?.plan.cellEditor = editor
      return []
    case .cancelled:
      self.workbook?.plan.cellEditor = nil
      self.workbook?.plan.addedRowID = nil
      return workbook.plan.addedRowID == row.id ? removeIfEmpty(row) : []
    case .finished:
      self.workbook?.plan.cellEditor = nil
      self.workbook?.plan.addedRowID = nil
      return changeSession {
        $0.apply(.planCell(rowID: row.id, columnID: column.id, text: editor.text))
      }
    }
  }

  /// Takes away a row just added whose first cell was cancelled, if nothing was written in it,
  /// with the change that added it: undo then does not bring back an empty row.
  private mutating func removeIfEmpty(_ row: PlanRow) -> [Effect] {
    guard var workbook, workbook.session.planRowIsBlank(row) else { return [] }
    workbook.session.plan.removeAll { $0.id == row.id }
    workbook.plan.row = max(0, min(workbook.plan.row, workbook.session.plan.count - 1))
    self.workbook = workbook
    history.forgetLast(ifBefore: workbook.session)
    return saveSession()
  }

  private func cellEditor(row: Int, column: Int, in workbook: WorkbookState) -> TextEditor? {
    guard let planColumn = workbook.strategy.plan.columns[safe: column] else { return nil }
    return TextEditor(
      text: workbook.session.plan[safe: row]?[planColumn.id] ?? "", placeholder: planColumn.hint)
  }

}
