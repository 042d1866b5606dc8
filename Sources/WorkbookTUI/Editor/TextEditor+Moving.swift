extension TextEditor {
  mutating func moveLeft() {
    if cursor > text.startIndex { cursor = text.index(before: cursor) }
  }

  mutating func moveRight() {
    if cursor < text.endIndex { cursor = text.index(after: cursor) }
  }

  /// To the start of the word before the cursor (or of the one it is in).
  mutating func moveWordLeft() {
    let afterWord = text.startOfRun(endingAt: cursor) { !$0.isWordCharacter }
    cursor = text.startOfRun(endingAt: afterWord, where: \.isWordCharacter)
  }

  /// To the end of the word after the cursor (or of the one it is in).
  mutating func moveWordRight() {
    let wordStart = text.endOfRun(startingAt: cursor) { !$0.isWordCharacter }
    cursor = text.endOfRun(startingAt: wordStart, where: \.isWordCharacter)
  }

  /// Home: the start of the row the cursor is on.
  mutating func moveToRowStart() {
    let lines = layout()
    cursor = lines[location(in: lines).row].range.lowerBound
  }

  /// End: the end of the row the cursor is on. A wrapped row's end is the start of the next row,
  /// so End stops on the wrapped row's last character (the space it was broken at, if any).
  mutating func moveToRowEnd() {
    let lines = layout()
    let line = lines[location(in: lines).row]
    cursor = line.endsParagraph ? line.range.upperBound : text.index(before: line.range.upperBound)
  }

  /// Up and Down by rows as drawn, aiming for the same column; past the first row Up goes to the
  /// start of the text, past the last row Down to its end.
  mutating func moveRows(by count: Int) {
    let lines = layout()
    let (row, column) = location(in: lines)
    let target = row + count
    guard target >= 0 else {
      cursor = text.startIndex
      return
    }
    guard target < lines.count else {
      cursor = text.endIndex
      return
    }
    let goal = goalColumn ?? column
    goalColumn = goal
    cursor = index(atColumn: goal, in: lines[target])
  }

  /// The position in `line` nearest to `column` without passing it (a wide character the column
  /// falls in the middle of is stepped before). Stays on the row: a wrapped row's end belongs to
  /// the next one.
  private func index(atColumn goal: Int, in line: VisualLine) -> String.Index {
    let last =
      line.endsParagraph || line.range.isEmpty
      ? line.range.upperBound : text.index(before: line.range.upperBound)
    var index = line.range.lowerBound
    var column = 0
    while index < last {
      let characterWidth = text[index].displayWidth
      if column + characterWidth > goal { break }
      column += characterWidth
      index = text.index(after: index)
    }
    return index
  }
}

extension String {
  /// Steps back from `end` over the characters that match; returns where the run starts.
  func startOfRun(endingAt end: Index, where matches: (Character) -> Bool) -> Index {
    var start = end
    while start > startIndex {
      let previous = index(before: start)
      guard matches(self[previous]) else { break }
      start = previous
    }
    return start
  }

  /// Steps forward from `start` over the characters that match; returns where the run ends.
  func endOfRun(startingAt start: Index, where matches: (Character) -> Bool) -> Index {
    var end = start
    while end < endIndex, matches(self[end]) { end = index(after: end) }
    return end
  }
}
