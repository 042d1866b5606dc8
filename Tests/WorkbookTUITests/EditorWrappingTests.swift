import Testing

@testable import WorkbookTUI

@Suite struct EditorWrappingTests {
  @Test func wrapsAtSpacesKeepingTheLastColumnForTheCursor() {
    // Width 8 leaves 7 columns for text: "hello w" fits, "hello wo" does not.
    #expect(wrapped("hello world foo", width: 8) == ["hello ", "world ", "foo"])
    #expect(wrapped("hello world foo", width: 20) == ["hello world foo"])
  }

  @Test func breaksAWordLongerThanARowBetweenCharacters() {
    #expect(wrapped("abcdefghij", width: 5) == ["abcd", "efgh", "ij"])
    #expect(wrapped("a abcdefghij", width: 5) == ["a ", "abcd", "efgh", "ij"])
  }

  @Test func countsCJKAsTwoColumnsAndBreaksBetweenThem() {
    // 6 columns of text per row: three characters of two columns each.
    #expect(wrapped("日本語のテキスト", width: 7) == ["日本語", "のテキ", "スト"])
    #expect(wrapped("ab日本語", width: 7) == ["ab日本", "語"])
  }

  @Test func countsEmojiAsTwoColumns() {
    #expect(wrapped("👍👍👍", width: 4) == ["👍", "👍", "👍"])
    // The space after the family hangs at the end of its row.
    #expect(wrapped("ok 👩‍👩‍👧 ok", width: 6) == ["ok 👩‍👩‍👧 ", "ok"])
  }

  @Test func countsCombiningMarksAsNothing() {
    let accented = String(repeating: "e\u{301}", count: 10)
    let row = String(repeating: "e\u{301}", count: 4)
    #expect(wrapped(accented, width: 5) == [row, row, "e\u{301}e\u{301}"])
  }

  @Test func keepsLineBreaksAndEmptyLines() {
    let lines = VisualLine.wrap("a\n\nb", width: 10)
    #expect(lines.map { String($0.text) } == ["a", "", "b"])
    #expect(lines.map(\.endsParagraph) == [true, true, true])
    #expect(wrapped("", width: 10) == [""])
  }

  @Test func marksWrappedRowsAsContinuing() {
    let lines = VisualLine.wrap("hello world\nfoo", width: 8)
    #expect(lines.map(\.endsParagraph) == [false, true, true])
  }

  @Test func aWrappedRowNeverExceedsTheWidthAndNothingIsLost() {
    let text =
      "Les contributeurs bénévoles 日本語の テキスト and 👩‍👩‍👧 families, "
      + "e\u{301}le\u{301}ve, supercalifragilisticexpialidocious 한국어 텍스트 ok"
    for width in 2...40 {
      let lines = VisualLine.wrap(text, width: width)
      for line in lines {
        var shown = String(line.text)
        while shown.last == " " { shown.removeLast() }
        #expect(shown.displayWidth <= width, "width \(width): \(shown)")
      }
      #expect(lines.map { String($0.text) }.joined() == text, "width \(width)")
    }
  }
}
