import Testing

@testable import WorkbookTUI

@Suite struct EditorEditingTests {
  @Test func typesAnyLanguageAtTheCursor() {
    var editor = TextEditor(text: "Grüße", width: 20)
    editor.press(.left, .left)
    editor.type("日本👍")
    #expect(editor.text == "Grü日本👍ße")
    #expect(editor.textBeforeCursor == "Grü日本👍")
  }

  @Test func aCombiningMarkJoinsTheCharacterBeforeIt() {
    var editor = TextEditor(width: 20)
    editor.type("e\u{301}")
    #expect(editor.text.count == 1)
    #expect(editor.textBeforeCursor == "e\u{301}")
    editor.press(.backspace)
    #expect(editor.text == "")
  }

  @Test func backspaceAndDeleteRemoveOneCharacter() {
    var editor = TextEditor(text: "ab👩‍👩‍👧cd", width: 20)
    editor.press(.left, .left, .backspace)
    #expect(editor.text == "abcd")
    #expect(editor.textBeforeCursor == "ab")
    editor.press(.delete)
    #expect(editor.text == "abd")
    editor.press(.control("h"))
    #expect(editor.text == "ad")
  }

  @Test func backspaceAtTheStartAndDeleteAtTheEndDoNothing() {
    var editor = TextEditor(text: "ab", width: 20)
    editor.press(.delete)
    editor.press(.home, .backspace)
    #expect(editor.text == "ab")
  }

  @Test func controlWDeletesTheWordBefore() {
    var editor = TextEditor(text: "one\ntwo, three  ", width: 40)
    editor.press(.control("w"))
    #expect(editor.text == "one\ntwo, ")
    editor.press(.control("w"))
    #expect(editor.text == "one\n")
    // At the start of a line, the line break goes.
    editor.press(.control("w"))
    #expect(editor.text == "one")
  }

  @Test func controlUDeletesToTheStartOfTheLine() {
    var editor = TextEditor(text: "first line\nsecond line", width: 8)
    editor.press(.control("u"))
    #expect(editor.text == "first line\n")
    editor.press(.control("u"))
    #expect(editor.text == "first line")
  }

  @Test func controlKDeletesToTheEndOfTheLineThenJoinsTheNext() {
    var editor = TextEditor(text: "first line\nsecond", width: 8)
    editor.press(.up, .up, .home, .right, .right)
    editor.press(.control("k"))
    #expect(editor.text == "fi\nsecond")
    editor.press(.control("k"))
    #expect(editor.text == "fisecond")
    #expect(editor.textBeforeCursor == "fi")
  }

  @Test func enterStartsANewLineInAMultiLineField() {
    var editor = TextEditor(text: "one", width: 20)
    #expect(editor.press(.enter) == .editing)
    editor.type("two")
    #expect(editor.text == "one\ntwo")
    #expect(editor.press(.control("d")) == .finished)
    #expect(editor.text == "one\ntwo")
  }

  @Test func enterSavesASingleLineField() {
    var editor = TextEditor(text: "Ana", mode: .singleLine, width: 20)
    editor.type(" Lima")
    #expect(editor.press(.enter) == .finished)
    #expect(editor.text == "Ana Lima")
  }

  @Test func pastedLineBreaksTabsAndControlsAreCleaned() {
    var multiLine = TextEditor(width: 20)
    multiLine.press(.paste("a\r\nb\tc\u{7}d\re"))
    #expect(multiLine.text == "a\nb cd\ne")
    var singleLine = TextEditor(mode: .singleLine, width: 20)
    singleLine.press(.paste("a\r\nb\tc\u{7}d\ne"))
    #expect(singleLine.text == "a b cd e")
  }

  @Test func aPasteOfTenThousandCharactersLandsWhole() {
    let piece = "Wikime\u{301}dia 日本語 👍 "  // 16 characters
    let pasted = String(repeating: piece, count: 625)
    #expect(pasted.count == 10_000)
    var editor = TextEditor(text: "[]", width: 30, height: 5)
    editor.press(.left, .paste(pasted))
    #expect(editor.text == "[" + pasted + "]")
    #expect(editor.textBeforeCursor == "[" + pasted)
    // The cursor's row is in view, at the bottom of the field.
    let (row, _) = editor.cursorLocation
    #expect(editor.firstVisibleRow == row - 4)
    for line in editor.layout() {
      #expect(line.text.trimmingSuffix(" ").displayWidth <= 30)
    }
  }

  @Test func tabAndFunctionKeysAreLeftToTheScreen() {
    var editor = TextEditor(text: "x", width: 20)
    #expect(editor.press(.tab) == .unhandled)
    #expect(editor.press(.character("\t")) == .unhandled)
    #expect(editor.press(.function(1)) == .unhandled)
    #expect(editor.press(.control("t")) == .unhandled)
    #expect(editor.text == "x")
  }
}

extension Substring {
  fileprivate func trimmingSuffix(_ character: Character) -> Substring {
    var trimmed = self
    while trimmed.last == character { trimmed.removeLast() }
    return trimmed
  }
}
