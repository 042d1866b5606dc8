import Testing

@testable import WorkbookCurses

@Suite struct BracketedPasteTests {
  @Test func lineBreaksOfEveryKindBecomeNewlines() {
    #expect(BracketedPaste.text(Array("a\rb\nc\r\nd".unicodeScalars)) == "a\nb\nc\nd")
  }

  @Test func tabsStayAndOtherControlCharactersGo() {
    #expect(BracketedPaste.text(Array("a\tb\u{7}c\u{1B}d\u{9B}é".unicodeScalars)) == "a\tbcdé")
  }
}
