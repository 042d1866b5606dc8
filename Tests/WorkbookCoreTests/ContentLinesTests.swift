import Testing

@testable import WorkbookCore

/// The content's lines are split by Unicode scalars for speed; they must be the lines a split by
/// `Character` gives, so that every line number in a content problem stays where it was.
@Suite("Splitting a strategy file into lines")
struct ContentLinesTests {
  static let texts: [String] = [
    "", "one line", "ends in a line break\n", "\n\n", "a\nb\nc",
    "Windows\r\nline\r\nbreaks\r\n", "old Mac\rbreaks\r", "a lone CR before LF\r\r\n",
    "vertical\u{0B}tab and form\u{0C}feed", "next line\u{85}U+0085",
    "line\u{2028}separator and paragraph\u{2029}separator",
    "a combining accent after a break\n\u{301}e", "é\u{301} and 🇬🇷 flags\n👩‍👩‍👧 family",
    "\u{FEFF}byte order mark\nkept as the caller gives it",
    "mixed\n\r\n\r\u{2028}\u{85}\n",
  ]

  @Test("gives the lines a split by Character gives", arguments: texts)
  func sameLinesAsCharacterSplit(text: String) {
    let byCharacter = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    #expect(ContentLines.split(Substring(text)) == byCharacter)
  }

  @Test("gives the same lines wherever a break falls among eight bytes read together")
  func breaksAtEveryPlaceInAWord() {
    for shift in 0..<16 {
      let text =
        String(repeating: "x", count: shift) + "a line of ASCII text\r\nand\u{0B}more\u{0C}é\u{85}"
        + "0123456789abcdef\u{2028}0123456789\u{2029}\u{2003}\r0123456789\n\u{1F}\u{0E}\u{10}"
      let byCharacter = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        .map(String.init)
      #expect(ContentLines.split(Substring(text)) == byCharacter, "shifted by \(shift)")
    }
  }

  @Test("gives the same lines for a whole strategy file")
  func wholeStrategyFile() throws {
    let text = try ContentFixture.text("valid.md")
    let byCharacter = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map(String.init)
    #expect(ContentLines.split(Substring(text)) == byCharacter)
  }
}
