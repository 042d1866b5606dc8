/// The text of a field being edited, its cursor and its view: a value a screen keeps in its state,
/// feeds keys with `handle(_:)` and draws with `draw(into:at:style:)`. The cursor moves by
/// character (grapheme cluster), so "é", "漢" and "👩‍👩‍👧" are each one step; rows wrap by display width.
public struct TextEditor: Sendable, Equatable {
  public let mode: EditorMode
  /// The text as editing began: what cancelling restores.
  public let originalText: String
  public internal(set) var text: String
  /// Always on a character boundary of `text`.
  public internal(set) var cursor: String.Index
  /// The field's size in columns and rows; the text wraps to the width and scrolls in the height.
  public internal(set) var width: Int
  public internal(set) var height: Int
  /// The first row shown, when the text is taller than the field.
  public internal(set) var firstVisibleRow = 0
  /// Esc was pressed with changes made: a second Esc discards them, any other key keeps editing.
  public internal(set) var isConfirmingDiscard = false
  /// Shown, muted, while the text is empty.
  public var placeholder: String
  /// The column Up and Down aim for, kept over a run of vertical moves so the cursor comes back
  /// to it after passing a shorter row.
  var goalColumn: Int?
  /// Earlier states of the text, newest last, for Ctrl-Z.
  var undoSteps: [UndoStep] = []
  /// The last edit, so that a run of typing or of deleting is undone as one step.
  var lastEdit: LastEdit?
  /// What Ctrl-W, Ctrl-U or Ctrl-K last deleted, for Ctrl-Y to put back.
  var deletedText = ""

  /// An editor over `text` with the cursor at its end, for a field `width` by `height`.
  public init(
    text: String = "", mode: EditorMode = .multiLine, width: Int, height: Int = 1,
    placeholder: String = ""
  ) {
    self.mode = mode
    originalText = text
    self.text = text
    cursor = text.endIndex
    self.width = max(1, width)
    self.height = max(1, height)
    self.placeholder = placeholder
    scrollToCursor()
  }

  /// True when the text differs from what editing began with.
  public var hasChanges: Bool { text != originalText }

  /// The text from the start to the cursor.
  public var textBeforeCursor: Substring { text[..<cursor] }

  /// The rows of the text wrapped to the field's width.
  public func layout() -> [VisualLine] { VisualLine.wrap(text, width: width) }

  /// The cursor as a row of `layout()` and a column within it (the column is not clamped to the
  /// field; see `draw`).
  public var cursorLocation: (row: Int, column: Int) { location(in: layout()) }

  /// Changes the field's size (after a terminal resize), keeping the cursor in view.
  public mutating func resize(width: Int, height: Int) {
    self.width = max(1, width)
    self.height = max(1, height)
    scrollToCursor()
  }

  /// Applies one key; `keyHelp(for:)` lists what each key does. Call `resize` first when the
  /// field has changed size.
  public mutating func handle(_ key: Key) -> EditorOutcome {
    if isConfirmingDiscard {
      isConfirmingDiscard = false
      if key == .escape {
        cancel()
        return .cancelled
      }
    }
    if !key.isVerticalMove { goalColumn = nil }
    switch key {
    case .character(let character) where character.isNewline: return handle(.enter)
    case .character("\t"): return .unhandled
    case .character(let character): insert(String(character))
    case .paste(let pasted): insert(pasted)
    case .enter:
      guard mode == .multiLine else { return .finished }
      insert("\n")
    case .escape:
      guard hasChanges else { return .cancelled }
      isConfirmingDiscard = true
    case .control("d"): return .finished
    case .backspace, .control("h"): deleteBackward()
    case .delete: deleteForward()
    case .control("w"): deleteWordBackward()
    case .control("u"): deleteToLineStart()
    case .control("k"): deleteToLineEnd()
    case .control("y"): insert(deletedText)
    case .control("z"): undo()
    case .left: moveLeft()
    case .right: moveRight()
    case .wordLeft: moveWordLeft()
    case .wordRight: moveWordRight()
    case .home, .control("a"): moveToRowStart()
    case .end, .control("e"): moveToRowEnd()
    case .up: moveRows(by: -1)
    case .down: moveRows(by: 1)
    case .pageUp: moveRows(by: -max(1, height - 1))
    case .pageDown: moveRows(by: max(1, height - 1))
    case .control, .tab, .backTab, .function: return .unhandled
    }
    scrollToCursor()
    return .editing
  }

  /// Puts the original text back, the cursor at its end.
  mutating func cancel() {
    text = originalText
    cursor = text.endIndex
    scrollToCursor()
  }

  /// The row of `lines` that holds the cursor, and the cursor's column in it. At a wrap the
  /// cursor belongs to the row that starts there.
  func location(in lines: [VisualLine]) -> (row: Int, column: Int) {
    // The last row starting at or before the cursor: rows start at increasing indices.
    var low = 0
    var high = lines.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lines[middle].range.lowerBound <= cursor { low = middle } else { high = middle - 1 }
    }
    return (low, text[lines[low].range.lowerBound..<cursor].displayWidth)
  }

  /// Scrolls as little as needed to show the cursor's row, and no further than the last row.
  mutating func scrollToCursor() {
    let lines = layout()
    let row = location(in: lines).row
    firstVisibleRow = min(firstVisibleRow, max(0, lines.count - height))
    if row < firstVisibleRow { firstVisibleRow = row }
    if row >= firstVisibleRow + height { firstVisibleRow = row - height + 1 }
  }
}

extension Key {
  fileprivate var isVerticalMove: Bool {
    switch self {
    case .up, .down, .pageUp, .pageDown: true
    default: false
    }
  }
}
