import Testing

@testable import WorkbookTUI

@Suite struct EditorCursorTests {
  @Test func movesByWholeCharacters() {
    var editor = TextEditor(text: "ae\u{301}👩‍👩‍👧🇯🇵x", width: 20)
    editor.press(.left)
    #expect(editor.textBeforeCursor == "ae\u{301}👩‍👩‍👧🇯🇵")
    editor.press(.left)
    #expect(editor.textBeforeCursor == "ae\u{301}👩‍👩‍👧")
    editor.press(.left, .left)
    #expect(editor.textBeforeCursor == "a")
    editor.press(.left, .left)
    #expect(editor.textBeforeCursor == "")
    editor.press(.right, .right)
    #expect(editor.textBeforeCursor == "ae\u{301}")
  }

  @Test func movesByWords() {
    var editor = TextEditor(text: "hello, wide world", width: 40)
    editor.press(.wordLeft)
    #expect(editor.textBeforeCursor == "hello, wide ")
    editor.press(.wordLeft)
    #expect(editor.textBeforeCursor == "hello, ")
    editor.press(.wordLeft)
    #expect(editor.textBeforeCursor == "")
    editor.press(.wordRight)
    #expect(editor.textBeforeCursor == "hello")
    editor.press(.wordRight)
    #expect(editor.textBeforeCursor == "hello, wide")
  }

  @Test func wordsOfAccentedLettersAreWords() {
    var editor = TextEditor(text: "élève e\u{301}tude", width: 40)
    editor.press(.wordLeft)
    #expect(editor.textBeforeCursor == "élève ")
    editor.press(.wordLeft)
    #expect(editor.textBeforeCursor == "")
  }

  @Test func homeAndEndGoToTheEndsOfTheRowAsShown() {
    // Rows: "hello ", "world ", "foo".
    var editor = TextEditor(text: "hello world foo", width: 8)
    editor.press(.home)
    #expect(editor.textBeforeCursor == "hello world ")
    editor.press(.up, .end)
    // A wrapped row's end is its last character, the space it was broken at.
    #expect(editor.textBeforeCursor == "hello world")
    editor.press(.home)
    #expect(editor.textBeforeCursor == "hello ")
    editor.press(.down, .end)
    #expect(editor.textBeforeCursor == "hello world foo")
  }

  @Test func upAndDownKeepTheColumnPastAShortRow() {
    var editor = TextEditor(text: "abcdef\nab\nabcdef", width: 20)
    editor.press(.up)
    #expect(editor.textBeforeCursor == "abcdef\nab")
    editor.press(.up)
    #expect(editor.textBeforeCursor == "abcdef")
    editor.press(.down, .down)
    #expect(editor.textBeforeCursor == "abcdef\nab\nabcdef")
  }

  @Test func upAndDownMoveBetweenWrappedRows() {
    // Rows: "hello ", "world ", "foo"; the cursor after "foo" is in column 3.
    var editor = TextEditor(text: "hello world foo", width: 8)
    editor.press(.up)
    #expect(editor.textBeforeCursor == "hello wor")
    editor.press(.up)
    #expect(editor.textBeforeCursor == "hel")
  }

  @Test func upAndDownCountColumnsOfWideCharacters() {
    var editor = TextEditor(text: "日本語\nabcd", width: 20)
    editor.press(.up)
    #expect(editor.textBeforeCursor == "日本")
    editor.press(.down, .left, .up)
    // Column 3 falls in the middle of "本": the cursor stops before it.
    #expect(editor.textBeforeCursor == "日")
  }

  @Test func upOnTheFirstRowGoesToTheStartAndDownOnTheLastToTheEnd() {
    var editor = TextEditor(text: "one\ntwo", width: 20)
    editor.press(.up, .up)
    #expect(editor.textBeforeCursor == "")
    editor.press(.down, .down)
    #expect(editor.textBeforeCursor == "one\ntwo")
  }

  @Test func pageUpAndPageDownMoveByAFieldLessOneRow() {
    let text = (1...10).map(String.init).joined(separator: "\n")
    var editor = TextEditor(text: text, width: 10, height: 4)
    editor.press(.pageUp)
    #expect(editor.cursorLocation.row == 6)
    editor.press(.pageDown)
    #expect(editor.cursorLocation.row == 9)
  }

  @Test func emacsKeysMoveToTheRowEnds() {
    var editor = TextEditor(text: "one two", width: 20)
    editor.press(.control("a"))
    #expect(editor.textBeforeCursor == "")
    editor.press(.control("e"))
    #expect(editor.textBeforeCursor == "one two")
  }
}
