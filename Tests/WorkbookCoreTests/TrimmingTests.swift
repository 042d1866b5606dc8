import Testing

@testable import WorkbookCore

/// Spaces are trimmed byte by byte next to ASCII for speed; the result must be what trimming
/// whole `Character`s gives, so a title or an answer never keeps or loses a different character.
@Suite("Trimming spaces")
struct TrimmingTests {
  static let texts: [String] = [
    "", " ", " \t\r\n ", "plain", "  both ends \t", "\r\nWindows line\r\n", "inner  spaces stay",
    "\u{A0}no-break spaces\u{A0}", "\u{2003}em space\u{3000}", " ’quoted’ ", " é\u{301} ",
    // A space with a combining accent is one Character, whitespace by its first scalar.
    " \u{301}accent on a space \u{301}", "a \u{301}", "\u{301} ",
    // A prepended mark joins the space after it into one Character that is not whitespace.
    "\u{600} ", " \u{600} x", "x\u{600} ", " \u{85}next line\u{2028}",
    " 🇬🇷 ", "\n👩‍👩‍👧\t", "\u{FEFF} byte order mark ",
    // Ends of ASCII that is not whitespace, with anything between.
    "x", "a \u{301}b", "a\u{600} b", "a\t\u{A0}\u{2003}b",
    // Whitespace of ASCII at an end, ASCII that is not whitespace next to it.
    "\t x \t", " a b ", "\u{0B}x\u{0C}", "  ’x’  ", " é ", "x ", " x", "title {#id}  ",
  ]

  @Test("gives what trimming whole Characters gives", arguments: texts)
  func sameAsTrimmingCharacters(text: String) {
    var characters = Substring(text)
    while let first = characters.first, first.isWhitespace { characters.removeFirst() }
    while let last = characters.last, last.isWhitespace { characters.removeLast() }
    #expect(text.trimmingSpaces() == String(characters))
    #expect(text.trimmingSpaces().unicodeScalars.elementsEqual(characters.unicodeScalars))
  }
}
