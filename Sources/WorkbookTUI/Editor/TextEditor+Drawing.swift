extension TextEditor {
  /// Draws the field's visible rows with its top-left corner at `origin`, and stands the
  /// terminal cursor at the editor's cursor. Rows the text does not reach are painted blank in
  /// `style`, so the field shows its size. When the text is taller than the field, "↑" and "↓" in
  /// the last column say there is more above or below.
  public func draw(into buffer: inout ScreenBuffer, at origin: Position, style: TextStyle = .normal)
  {
    let lines = layout()
    let (cursorRow, cursorColumn) = location(in: lines)
    // Normally firstVisibleRow; recomputed here too in case the field was drawn at another size.
    let top = min(max(firstVisibleRow, cursorRow - height + 1), cursorRow)
    for row in 0..<height {
      buffer.fill(row: origin.row + row, column: origin.column, width: width, style: style)
      guard top + row < lines.count else { continue }
      buffer.put(
        lines[top + row].text, row: origin.row + row, column: origin.column, style: style,
        maxWidth: width)
    }
    if text.isEmpty, !placeholder.isEmpty {
      buffer.put(
        placeholder, row: origin.row, column: origin.column, style: .muted, maxWidth: width)
    }
    let edge = origin.column + width - 1
    if top > 0 { buffer.put("↑", row: origin.row, column: edge, style: .muted) }
    if top + height < lines.count {
      buffer.put("↓", row: origin.row + height - 1, column: edge, style: .muted)
    }
    buffer.cursor = Position(
      row: origin.row + cursorRow - top, column: origin.column + min(cursorColumn, width - 1))
  }
}
