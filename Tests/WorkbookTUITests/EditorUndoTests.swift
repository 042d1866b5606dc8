import Testing

@testable import WorkbookTUI

@Suite struct EditorUndoTests {
  @Test func undoesARunOfTypingAtOnce() {
    var editor = TextEditor(text: "We ", width: 40)
    editor.type("agree")
    editor.press(.control("z"))
    #expect(editor.text == "We ")
    #expect(editor.textBeforeCursor == "We ")
  }

  @Test func aMoveOrALineBreakStartsANewStep() {
    var editor = TextEditor(width: 40)
    editor.type("one")
    editor.press(.enter)
    editor.type("two")
    editor.press(.left)
    editor.type("X")
    editor.press(.control("z"))
    #expect(editor.text == "one\ntwo")
    editor.press(.control("z"))
    #expect(editor.text == "one\n")
    editor.press(.control("z"))
    #expect(editor.text == "one")
    editor.press(.control("z"))
    #expect(editor.text == "")
    editor.press(.control("z"))
    #expect(editor.text == "")
  }

  @Test func bringsBackALineDeletedByMistake() {
    var editor = TextEditor(text: "a long paragraph\nnext", width: 40)
    editor.press(.up, .control("a"), .control("k"))
    #expect(editor.text == "\nnext")
    editor.press(.control("z"))
    #expect(editor.text == "a long paragraph\nnext")
    #expect(editor.textBeforeCursor == "")
  }

  @Test func undoesARunOfBackspacesAtOnce() {
    var editor = TextEditor(text: "keep this", width: 40)
    editor.press(.backspace, .backspace, .backspace, .backspace)
    #expect(editor.text == "keep ")
    editor.press(.control("z"))
    #expect(editor.text == "keep this")
  }

  @Test func undoesAPaste() {
    var editor = TextEditor(text: "ab", width: 40)
    editor.press(.left, .paste("一二三"))
    editor.press(.control("z"))
    #expect(editor.text == "ab")
    #expect(editor.textBeforeCursor == "a")
  }

  @Test func controlYRedoesWhatControlZUndid() {
    var editor = TextEditor(text: "first second", width: 40)
    editor.press(.control("w"), .control("z"))
    #expect(editor.text == "first second")
    editor.press(.control("y"))
    #expect(editor.text == "first ")
    #expect(editor.textBeforeCursor == "first ")
  }

  @Test func anEditAfterAnUndoLeavesNothingToRedo() {
    var editor = TextEditor(text: "first", width: 40)
    editor.press(.control("w"), .control("z"), .character("!"), .control("y"))
    #expect(editor.text == "first!")
  }
}
