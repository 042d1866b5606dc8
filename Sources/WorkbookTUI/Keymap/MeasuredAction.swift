extension Keymap {
  /// `action` with the figures it needs from the screen as drawn at the terminal's size: the
  /// open editor's field, a scrolled text's page and end. The keymap measures them where a key
  /// becomes an action, so `update` decides the same whatever the terminal's size.
  public static func measured(_ action: Action, in state: AppState) -> Action {
    let width = state.terminalWidth
    let height = state.terminalHeight
    let frame = ContentFrame(width: width, height: height)
    switch action {
    case .textEditor(let key, _):
      let field = TextEditing.field(in: state, width: width, height: height)
      return .textEditor(key, field ?? state.openTextEditor?.size ?? .unmeasured)
    case .overview(.scroll(let scroll)):
      guard let workbook = state.workbook else { return action }
      let lineCount = OverviewScreen.lines(
        of: workbook, width: frame.width, messages: state.messages
      ).count
      return .overview(.scroll(.measured(scroll.move, lineCount: lineCount, rows: frame.height)))
    case .export(.scroll(let scroll)):
      guard let export = state.workbook?.export else { return action }
      let rows = ExportScreen.previewRows(export, width: ExportScreen.previewWidth(frame))
      return .export(
        .scroll(
          .measured(
            scroll.move, lineCount: rows.count, rows: ExportScreen.previewHeight(frame))))
    default:
      return action
    }
  }
}
