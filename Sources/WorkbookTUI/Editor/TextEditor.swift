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
  /// Steps undone, newest last, for Ctrl-Y; any new edit forgets them.
  var redoSteps: [UndoStep] = []

  /// An editor over `text` with the cursor at its end, for a field `width` by `height`. The
  /// full screen opens an editor at the size it is drawn in: each key brings the field's size
  /// (`resize(to:)`), and each drawing sizes a copy, so `update` never needs the terminal's size.
  public init(
    text: String = "", mode: EditorMode = .multiLine, width: Int = 1, height: Int = 1,
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

  public mutating func resize(to field: FieldSize) {
    resize(width: field.width, height: field.height)
  }

  /// The field's size as last given.
  public var size: FieldSize { FieldSize(width: width, height: height) }

  /// Applies one key: text is typed or pasted, other keys send the command `EditorKeys` binds
  /// them to. Call `resize` first when the field has changed size.
  public mutating func handle(_ key: Key) -> EditorOutcome {
    switch key {
    case .character(let character) where character.isNewline: return handle(.enter)
    case .character(let character) where character != "\t":
      return apply { $0.insert(String(character)) }
    case .paste(let pasted): return apply { $0.insert(pasted) }
    default:
      guard let command = EditorKeys.command(for: key, in: mode) else {
        // Not the editor's key (Tab, a function key): editing goes on, as after any other key.
        isConfirmingDiscard = false
        goalColumn = nil
        return .unhandled
      }
      return perform(command)
    }
  }

  /// Carries out one command, as its key would.
  public mutating func perform(_ command: EditorCommand) -> EditorOutcome {
    if isConfirmingDiscard {
      isConfirmingDiscard = false
      if command == .cancel {
        cancel()
        return .cancelled
      }
    }
    switch command {
    case .enter:
      guard mode == .multiLine else { return .finished }
      return apply { $0.insert("\n") }
    case .finish: return .finished
    case .cancel:
      guard hasChanges else { return .cancelled }
      isConfirmingDiscard = true
      return .editing
    case .deleteBackward: return apply { $0.deleteBackward() }
    case .deleteForward: return apply { $0.deleteForward() }
    case .deleteWordBackward: return apply { $0.deleteWordBackward() }
    case .deleteToLineStart: return apply { $0.deleteToLineStart() }
    case .deleteToLineEnd: return apply { $0.deleteToLineEnd() }
    case .undo: return apply { $0.undo() }
    case .redo: return apply { $0.redo() }
    case .moveLeft: return apply { $0.moveLeft() }
    case .moveRight: return apply { $0.moveRight() }
    case .moveWordLeft: return apply { $0.moveWordLeft() }
    case .moveWordRight: return apply { $0.moveWordRight() }
    case .moveToRowStart: return apply { $0.moveToRowStart() }
    case .moveToRowEnd: return apply { $0.moveToRowEnd() }
    case .moveUp: return apply(keepingGoalColumn: true) { $0.moveRows(by: -1) }
    case .moveDown: return apply(keepingGoalColumn: true) { $0.moveRows(by: 1) }
    case .pageUp: return apply(keepingGoalColumn: true) { $0.moveRows(by: -max(1, $0.height - 1)) }
    case .pageDown: return apply(keepingGoalColumn: true) { $0.moveRows(by: max(1, $0.height - 1)) }
    }
  }

  /// Runs an edit or a move and keeps the cursor in view. Only vertical moves keep the column
  /// Up and Down aim for.
  private mutating func apply(
    keepingGoalColumn: Bool = false, _ change: (inout TextEditor) -> Void
  ) -> EditorOutcome {
    if isConfirmingDiscard { isConfirmingDiscard = false }
    if !keepingGoalColumn { goalColumn = nil }
    change(&self)
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
