import Testing

@testable import WorkbookTUI

@Suite struct EditorDrawingTests {
  @Test func drawsWrappedCJKAndStandsTheCursorAfterIt() {
    var buffer = ScreenBuffer(width: 20, height: 6)
    var editor = TextEditor(text: "日本語のテキスト", width: 7, height: 3)
    editor.draw(into: &buffer, at: Position(row: 2, column: 4))
    #expect(buffer.lines == ["", "", "    日本語", "    のテキ", "    スト", ""])
    // After "スト": two characters of two columns each.
    #expect(buffer.cursor == Position(row: 4, column: 8))
    editor.press(.left)
    editor.draw(into: &buffer, at: Position(row: 2, column: 4))
    #expect(buffer.cursor == Position(row: 4, column: 6))
    editor.press(.up)
    editor.draw(into: &buffer, at: Position(row: 2, column: 4))
    #expect(buffer.cursor == Position(row: 3, column: 6))
  }

  @Test func theCursorAtTheEndOfAFullRowStaysInTheField() {
    var buffer = ScreenBuffer(width: 5, height: 2)
    var editor = TextEditor(width: 5, height: 2)
    editor.type("abcd")
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    #expect(buffer.cursor == Position(row: 0, column: 4))
    editor.type("e")
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    #expect(buffer.lines == ["abcd", "e"])
    #expect(buffer.cursor == Position(row: 1, column: 1))
  }

  @Test func combiningMarksShareTheirCharactersCell() {
    var buffer = ScreenBuffer(width: 10, height: 1)
    let editor = TextEditor(text: "cafe\u{301}!", width: 10)
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    #expect(buffer.lines == ["cafe\u{301}!"])
    #expect(buffer.cursor == Position(row: 0, column: 5))
  }

  @Test func scrollsToKeepTheCursorInViewAndShowsThereIsMore() {
    let text = (1...10).map(String.init).joined(separator: "\n")
    var editor = TextEditor(text: text, width: 6, height: 3)
    var buffer = ScreenBuffer(width: 6, height: 3)
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    #expect(buffer.lines == ["8    ↑", "9", "10"])
    #expect(buffer.cursor == Position(row: 2, column: 2))
    for _ in 1...5 { editor.press(.up) }
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    #expect(buffer.lines == ["5    ↑", "6", "7    ↓"])
    #expect(buffer.cursor == Position(row: 0, column: 1))
    editor.press(.down)
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    #expect(buffer.lines == ["5    ↑", "6", "7    ↓"])
    #expect(buffer.cursor == Position(row: 1, column: 1))
  }

  @Test func deletingLinesScrollsBackUp() {
    var editor = TextEditor(text: "1\n2\n3\n4", width: 6, height: 2)
    #expect(editor.firstVisibleRow == 2)
    editor.press(.backspace, .backspace, .backspace, .backspace)
    #expect(editor.text == "1\n2")
    #expect(editor.firstVisibleRow == 0)
  }

  @Test func showsThePlaceholderWhileEmpty() {
    var buffer = ScreenBuffer(width: 20, height: 1)
    let editor = TextEditor(width: 20, placeholder: "Type the team's answer")
    editor.draw(into: &buffer, at: Position(row: 0, column: 0))
    // Too long for the field: cut with a sign, never mid-word without one.
    #expect(buffer.lines == ["Type the team's ans…"])
    #expect(buffer[0, 0].style == .muted)
    #expect(buffer.cursor == Position(row: 0, column: 0))
  }

  @Test func resizingRewrapsAndKeepsTheCursorInView() {
    var editor = TextEditor(text: "one two three four", width: 20, height: 1)
    editor.resize(width: 6, height: 1)
    // Rows: "one ", "two ", "three ", "four".
    #expect(editor.rows == ["one ", "two ", "three ", "four"])
    #expect(editor.firstVisibleRow == 3)
  }

  @Test func hintsDrawKeysAsAccents() {
    var buffer = ScreenBuffer(width: 40, height: 1)
    TextEditor(mode: .singleLine, width: 20).drawHints(
      into: &buffer, row: 0, column: 0, messages: .english)
    #expect(buffer.lines == ["Enter save · Esc cancel"])
    #expect(buffer[0, 0].style == .accent)
    #expect(buffer[0, 5].style == .muted)
  }
}
