/// What an edit was: a run of typed characters, or of characters deleted one at a time, is undone
/// as one step; anything else (a paste, a new line, a deleted word or line) is a step of its own.
enum EditKind: Sendable, Equatable {
  case typing, deleting, block
}

/// The kind of the last edit and where it left the cursor (as a UTF-8 offset): the next edit of
/// the same kind continues its undo step only if it starts there.
struct LastEdit: Sendable, Equatable {
  var kind: EditKind
  var cursorOffset: Int
}

/// The text and cursor (as a UTF-8 offset) before an undoable step.
struct UndoStep: Sendable, Equatable {
  var text: String
  var cursorOffset: Int
}

extension TextEditor {
  /// How many steps Ctrl-Z can go back; older ones are forgotten.
  static let undoLimit = 100

  /// Ctrl-Z: the text and cursor as they were before the last step.
  mutating func undo() {
    guard let step = undoSteps.popLast() else { return }
    redoSteps.append(currentStep)
    restore(step)
  }

  /// Ctrl-Y: the text and cursor as they were before the last undo.
  mutating func redo() {
    guard let step = redoSteps.popLast() else { return }
    undoSteps.append(currentStep)
    restore(step)
  }

  private var currentStep: UndoStep {
    UndoStep(text: text, cursorOffset: text.utf8Offset(of: cursor))
  }

  private mutating func restore(_ step: UndoStep) {
    text = step.text
    cursor = text.utf8.index(text.startIndex, offsetBy: step.cursorOffset)
    lastEdit = nil
  }

  /// Keeps the state before an edit of `kind`, unless the edit continues the last step.
  mutating func recordUndoStep(before kind: EditKind) {
    redoSteps = []
    let offset = text.utf8Offset(of: cursor)
    if kind != .block, lastEdit == LastEdit(kind: kind, cursorOffset: offset) { return }
    undoSteps.append(UndoStep(text: text, cursorOffset: offset))
    if undoSteps.count > Self.undoLimit { undoSteps.removeFirst() }
  }
}

extension String {
  func utf8Offset(of index: Index) -> Int { utf8.distance(from: startIndex, to: index) }
}
