/// The rows of a list that fit in `height` rows of the screen, chosen when drawing from the
/// selection alone, so that `update` never needs the terminal's size. The list is cut into pages of
/// `height` rows; the window shows the page where the selection starts, moved down just enough to
/// show the selection whole (when it fits), and never past the list's end. So the window stays put
/// while the selection moves within it, turns a page when the selection leaves it, and is the same
/// for the same selection at the same size.
struct ListWindow: Equatable {
  /// The first row shown and the number of rows shown.
  let first: Int
  let count: Int

  /// A window over `lineCount` rows, `selected` the rows the selection takes (nil: none).
  init(lineCount: Int, selected: ClosedRange<Int>?, height: Int) {
    let height = max(1, height)
    var first = 0
    if let selected {
      first = selected.lowerBound / height * height
      if selected.upperBound >= first + height {
        first = min(selected.lowerBound, selected.upperBound - height + 1)
      }
    }
    self.first = max(0, min(first, lineCount - height))
    count = max(0, min(height, lineCount - self.first))
  }

  /// A window over a list of one row an entry, with entry `selected` selected.
  init(count: Int, selected: Int, height: Int) {
    self.init(
      lineCount: count, selected: count > 0 ? selected...selected : nil, height: height)
  }

  /// The rows from the first to the last of `lines` that `isSelected` picks, nil when none does.
  static func selectedRows<Line>(
    of lines: [Line], where isSelected: (Line) -> Bool
  ) -> ClosedRange<Int>? {
    guard let first = lines.firstIndex(where: isSelected),
      let last = lines.lastIndex(where: isSelected)
    else { return nil }
    return first...last
  }

  var rows: Range<Int> { first..<first + count }
  var hasMoreAbove: Bool { first > 0 }
  func hasMoreBelow(lineCount: Int) -> Bool { first + count < lineCount }
}
