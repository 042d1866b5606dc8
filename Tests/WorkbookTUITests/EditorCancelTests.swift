import Testing

@testable import WorkbookTUI

@Suite struct EditorCancelTests {
  @Test func escapeWithoutChangesCancelsAtOnce() {
    var editor = TextEditor(text: "kept", width: 20)
    editor.press(.left)
    #expect(editor.press(.escape) == .cancelled)
    #expect(editor.text == "kept")
  }

  @Test func escapeAfterChangesAsksFirstThenRestoresTheOriginal() {
    var editor = TextEditor(text: "original", width: 20)
    editor.type(" and more")
    #expect(editor.press(.escape) == .editing)
    #expect(editor.isConfirmingDiscard)
    #expect(
      editor.hintLine(.english) == "Esc discard changes · Ctrl-D save · other keys keep editing")
    #expect(editor.text == "original and more")
    #expect(editor.press(.escape) == .cancelled)
    #expect(editor.text == "original")
    #expect(editor.textBeforeCursor == "original")
  }

  @Test func anyOtherKeyAfterEscapeKeepsEditing() {
    var editor = TextEditor(text: "draft", width: 20)
    editor.type("s")
    editor.press(.escape)
    editor.type("!")
    #expect(!editor.isConfirmingDiscard)
    #expect(editor.text == "drafts!")
    #expect(editor.press(.escape) == .editing)
  }

  @Test func savingAfterEscapeStillSaves() {
    var editor = TextEditor(text: "a", mode: .singleLine, width: 20)
    editor.type("b")
    editor.press(.escape)
    #expect(editor.press(.enter) == .finished)
    #expect(editor.text == "ab")
  }

  @Test func hintsSayHowToFinishAndCancel() {
    #expect(TextEditor(width: 20).hintLine(.english) == "Enter new line · Ctrl-D save · Esc cancel")
    #expect(
      TextEditor(mode: .singleLine, width: 20).hintLine(.english) == "Enter save · Esc cancel")
  }
}
