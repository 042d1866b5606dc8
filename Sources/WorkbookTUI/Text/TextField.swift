import WorkbookCore

/// A single line of editable text with a cursor, moved by whole characters (grapheme clusters), so
/// an accented letter, a CJK character or an emoji is one step and one deletion.
public struct TextField: Sendable, Equatable {
  public private(set) var text: String
  /// The cursor as a count of characters before it.
  public private(set) var cursor: Int

  public init(_ text: String = "") {
    self.text = text
    cursor = text.count
  }

  /// Inserts typed text at the cursor. Line breaks and other control characters become spaces,
  /// since a single-line field cannot hold them.
  mutating func insert(_ typed: String) {
    let cleaned = String(typed.map { $0.isNewline || $0.isControlCharacter ? " " : $0 })
    let index = text.index(text.startIndex, offsetBy: cursor)
    text.insert(contentsOf: cleaned, at: index)
    cursor += cleaned.count
  }

  mutating func deleteBackward() {
    guard cursor > 0 else { return }
    text.remove(at: text.index(text.startIndex, offsetBy: cursor - 1))
    cursor -= 1
  }

  mutating func deleteForward() {
    guard cursor < text.count else { return }
    text.remove(at: text.index(text.startIndex, offsetBy: cursor))
  }

  mutating func moveLeft() { cursor = max(0, cursor - 1) }
  mutating func moveRight() { cursor = min(text.count, cursor + 1) }
  mutating func moveHome() { cursor = 0 }

  /// To the start of the word before the cursor (spaces before it skipped).
  mutating func moveWordLeft() {
    let characters = Array(text)
    while cursor > 0, characters[cursor - 1].isWhitespace { cursor -= 1 }
    while cursor > 0, !characters[cursor - 1].isWhitespace { cursor -= 1 }
  }

  /// To the end of the word after the cursor (spaces before it skipped).
  mutating func moveWordRight() {
    let characters = Array(text)
    while cursor < characters.count, characters[cursor].isWhitespace { cursor += 1 }
    while cursor < characters.count, !characters[cursor].isWhitespace { cursor += 1 }
  }
  mutating func moveEnd() { cursor = text.count }

  /// The columns the text before the cursor takes: where the terminal cursor stands.
  var cursorColumn: Int { text.prefix(cursor).displayWidth }

  /// The text without leading and trailing spaces, as it is stored.
  var trimmed: String {
    text.trimmingSpaces()
  }
}
