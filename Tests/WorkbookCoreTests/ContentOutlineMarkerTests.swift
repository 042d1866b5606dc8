import Testing

@testable import WorkbookCore

/// A line of a content file is looked at as a comment, a heading or a list item only when its
/// first byte may begin one: no line the comparisons by `Character` would take is passed over.
@Suite struct ContentOutlineMarkerTests {
  static let lines: [String] = [
    "", "Plain text", "<!-- a comment -->", "<!--", "<p>", "# Title", "## Section {#s}",
    "### Item", "#", "#\u{301} accent on the sign", "- item", "-", "-\u{301} x", "* star", "+ plus",
    "*", "+", "--", "≮!-- a composed sign", "<\u{338}!--", "\u{FEFF}# after a mark",
    "\u{2010} a hyphen", "\u{FE63} small hyphen", "＃ full-width", "− minus", "• bullet", "é",
    "\u{600}# prepended", "1. numbered", " # indented", "\t- tabbed",
  ]

  @Test(arguments: lines)
  func aLineThatOpensABlockIsMarked(line: String) {
    let opens =
      line.hasPrefix("<!--") || line.hasPrefix("#") || ContentOutline.isItem(line)
    #expect(!opens || ContentOutline.mayBeMarked(line), "\(line)")
  }
}
