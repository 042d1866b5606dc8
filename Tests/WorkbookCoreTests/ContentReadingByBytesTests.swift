import FoundationEssentials
import Testing

@testable import WorkbookCore

/// A strategy file is read over its bytes, by `Character` only where a byte next to a line's
/// marker or end is not ASCII. Read by `Character` everywhere instead, every file gives the same
/// strategy, or the same problems on the same lines: the shipped content, the fixtures, and
/// copies with characters that may join a marker or an end put at the places that decide.
@Suite struct ContentReadingByBytesTests {
  static func read(_ text: String, byBytes: Bool) -> Result<Strategy, ContentProblems> {
    Result { () throws(ContentProblems) in
      try ContentParser.parse(text, fileName: "strategy.md", byBytes: byBytes)
    }
  }

  static func shipped() throws -> String {
    let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let url = checkout.appendingPathComponent("Content/working-with-online-contributors.md")
    return String(decoding: try Data(contentsOf: url), as: UTF8.self)
  }

  static let fixtures = [
    "valid.md", "duplicate-id.md", "empty-text.md", "invalid-id.md",
    "missing-front-matter-field.md", "missing-id.md", "missing-score-meaning.md",
    "missing-section.md", "nested-recommendation.md", "not-an-attribute.md",
    "one-option-quick-choice.md", "scale-not-1-to-5.md", "scale-without-high-from.md",
    "section-without-id.md", "several-problems.md", "star-list-item.md", "text-in-the-scale.md",
    "title-heading.md", "unknown-attribute.md", "unknown-group.md", "unknown-section.md",
  ]

  /// Text that joins the `Character` before it (combining marks, a joiner), joins the one after
  /// it (a prepended mark), is whitespace beyond ASCII, or is a marker, a line break or an end.
  static let pieces = [
    "\u{301}", "\u{338}", "\u{200D}", "\u{600}", "\u{A0}", "\u{3000}", "\u{2003}", " ", "\t",
    "-", "#", "*", "+", "<!--", "-->", "- ", "## ", "é", "’", "\r\n", "\n", "\u{85}", "{#x}",
    ":", "---",
  ]

  @Test func theShippedStrategyAndEveryFixtureAreReadAlike() throws {
    for text in try [Self.shipped()] + Self.fixtures.map(ContentFixture.text) {
      #expect(Self.read(text, byBytes: true) == Self.read(text, byBytes: false))
    }
  }

  @Test(arguments: pieces)
  func aPieceAtEveryDecidingPlaceIsReadAlike(piece: String) throws {
    let text = try ContentFixture.text("valid.md") + "<!-- a comment\nends -->\n- * x\n## y\n"
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    for (index, line) in lines.enumerated() {
      // At the line's start, after each of its first four bytes, and at its end.
      let bytes = Array(line.utf8)
      for offset in Set([0, 1, 2, 3, 4, bytes.count]) where offset <= bytes.count {
        guard offset == bytes.count || bytes[offset] & 0xC0 != 0x80 else { continue }
        var changed = lines
        changed[index] = String(
          decoding: bytes[..<offset] + Array(piece.utf8) + bytes[offset...], as: UTF8.self)
        let text = changed.joined(separator: "\n")
        #expect(
          Self.read(text, byBytes: true) == Self.read(text, byBytes: false),
          "\(piece.unicodeScalars.map { String($0.value, radix: 16) }) on line \(index + 1) at \(offset)"
        )
      }
    }
  }

  @Test func piecesAnywhereInTheShippedStrategyAreReadAlike() throws {
    let original = Array(try Self.shipped().utf8)
    var random = SplitMix(seed: 0x5EED)
    for _ in 0..<300 {
      var bytes = original
      for _ in 0..<Int.random(in: 1...4, using: &random) {
        var at = Int.random(in: 0...bytes.count, using: &random)
        while at < bytes.count && bytes[at] & 0xC0 == 0x80 { at += 1 }
        bytes.insert(contentsOf: Array(Self.pieces.randomElement(using: &random)!.utf8), at: at)
      }
      let text = String(decoding: bytes, as: UTF8.self)
      #expect(Self.read(text, byBytes: true) == Self.read(text, byBytes: false), "\(text)")
    }
  }
}
