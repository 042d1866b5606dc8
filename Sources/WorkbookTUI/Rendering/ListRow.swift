extension ScreenBuffer {
  /// Starts a row of a list: a selected row is painted `width` columns wide in the selected
  /// style, marked "▸", and is where the terminal cursor rests for a screen reader; another row
  /// gets a blank in the mark's place. Returns the style for the rest of the row.
  @discardableResult
  mutating func startListRow(row: Int, column: Int, width: Int, selected: Bool) -> TextStyle {
    guard selected else {
      put(" ", row: row, column: column)
      return .normal
    }
    fill(row: row, column: column, width: width, style: .selected)
    focus = Position(row: row, column: column)
    put("▸", row: row, column: column, style: .selected)
    return .selected
  }
}
