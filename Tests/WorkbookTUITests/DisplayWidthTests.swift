import Testing

@testable import WorkbookTUI

/// Text of scalars that stand alone in one column is measured a scalar at a time for speed; it
/// must take the columns its `Character`s take, so that nothing drawn moves by a column.
@Suite("Measuring text in columns")
struct DisplayWidthTests {
  static let texts: [String] = [
    "", "plain ASCII", "the team’s “scores” – and … more", "Größe, Übung, élan, œuvre, Łódź",
    "a\u{AD}soft hyphen", "e\u{301} with a combining accent", "’\u{301} quote with an accent",
    "東京 wide", "emoji ❤\u{FE0F} and 👩‍👩‍👧", "🇬🇷 flag", "tab\tand\u{7F}delete",
    "line\u{2028}separator", "bidi \u{202E}override", "\u{600}prepended", "no\u{A0}break",
  ]

  @Test("takes the columns its Characters take", arguments: texts)
  func sameAsCharacters(text: String) {
    #expect(text.displayWidth == text.reduce(0) { $0 + $1.displayWidth })
  }

  @Test("every scalar that stands alone is one Character of one column")
  func standingAloneMeansOneColumn() {
    let ranges: [ClosedRange<UInt32>] = [
      0x20...0x7E, 0xA0...0x17F, 0x2010...0x2027, 0x2500...0x259F,
    ]
    for value in ranges.joined() {
      let scalar = Unicode.Scalar(value)!
      guard scalar.standsAloneInOneColumn else { continue }
      let text = "a\(scalar)b\(scalar)\(scalar)"
      #expect(text.count == 5, "U+\(String(value, radix: 16))")
      #expect(Character(scalar).displayWidth == 1, "U+\(String(value, radix: 16))")
    }
  }

  @Test("a line break written as \\r\\n stays inside a wrapped line, as before")
  func carriageReturnLineFeedIsOneCharacter() {
    #expect(wrap("one\r\ntwo", width: 20) == ["one\r\ntwo"])
    #expect(wrap("one\ntwo", width: 20) == ["one", "two"])
  }
}
