import Testing
import WorkbookCore

@testable import WorkbookTUI

/// Text cut to its room ends in "…" right after the last whole character that leaves room for
/// it, never after a space; a long text wrapped for the few rows a screen has gives those rows as
/// wrapping all of it would.
@Suite struct ClippedTextTests {
  private func shown(_ text: String, maxWidth: Int) -> String {
    var buffer = ScreenBuffer(width: 20, height: 1)
    buffer.put(text, row: 0, column: 2, maxWidth: maxWidth)
    return buffer.lines[0]
  }

  @Test func aCutTextEndsInAnEllipsisAfterItsLastWholeCharacter() {
    #expect(shown("Hello world", maxWidth: 11) == "  Hello world")
    #expect(shown("Hello world", maxWidth: 8) == "  Hello w…")
    #expect(shown("ab cd", maxWidth: 4) == "  ab…")
    // Spaces before the cut are given up, whether the ellipsis replaces a character or not.
    #expect(shown("Hello  big", maxWidth: 7) == "  Hello…")
    #expect(shown("ab 漢字", maxWidth: 5) == "  ab…")
    #expect(shown("a 漢", maxWidth: 3) == "  a…")
    // Only words are marked as cut.
    #expect(shown("Hello !!!", maxWidth: 7) == "  Hello !")
  }

  @Test func wrappingSkipsRunsOfSpacesBetweenWords() {
    #expect(wrap("a  b   c", width: 3) == ["a b", "c"])
    #expect(wrap("   a b  ", width: 2) == ["a", "b"])
  }

  /// Text whose every scalar is one column is wrapped on its bytes: the same lines, for every
  /// width and line limit, as the general path gives, words too long for a line and runs of
  /// spaces included.
  @Test func wrappingByBytesGivesTheGeneralPathsLines() {
    let pieces = [
      "a", "bb", "word", "longerword", "é", "l’été", "–", "x-y", " ", " ", "  ", "\n", "Ça", "…",
      "e\u{301}", "漢字", "\u{1F600}", "\u{AD}", "ſ", "█",
    ]
    var generator = SplitMix(seed: 7)
    for _ in 0..<400 {
      let text = (0..<Int(generator.next() % 30)).map { _ in
        pieces[Int(generator.next() % UInt64(pieces.count))]
      }.joined()
      for width in [1, 2, 3, 5, 8, 13] {
        for maxLines in [0, 1, 2, 5, Int.max] {
          #expect(
            wrap(text, width: width, maxLines: maxLines)
              == wrap(text, width: width, maxLines: maxLines, byBytes: false),
            "\(text.debugDescription) \(width) \(maxLines)")
        }
      }
    }
  }

  @Test func aWrapLimitedToSomeLinesGivesTheFirstLinesOfTheWholeWrap() {
    let names = (1...200).map { "Participant number \($0)" }.joined(separator: ", ")
    let text =
      "Discuss: the team split. Lowest \(names).\n\nA   second  paragraph, "
      + "with a wordtoolongforanyoneline"
    let whole = wrap(text, width: 24)
    #expect(whole.count > 100)
    for limit in [0, 1, 5, whole.count - 1, whole.count, whole.count + 3] {
      #expect(wrap(text, width: 24, maxLines: limit) == Array(whole.prefix(limit)), "\(limit)")
    }
  }

  /// The scalars measured without a property lookup are what a lookup would make one column:
  /// no mark, format character or emoji, nothing a terminal acts on, no wide block.
  @Test func punctuationArrowsBoxDrawingAndBlocksAreOneColumn() {
    let common = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)) }.filter(
      \.isCommonOneColumn)
    #expect(common.count == 0x18 + 0x4 + 0xA0)
    for scalar in common {
      let category = scalar.properties.generalCategory
      #expect(![.nonspacingMark, .enclosingMark, .format].contains(category), "\(scalar.value)")
      #expect(!scalar.properties.isEmojiPresentation, "\(scalar.value)")
      #expect(!scalar.properties.isEmoji, "\(scalar.value)")
      #expect(!TerminalText.isUnsafe(scalar), "\(scalar.value)")
      #expect(!scalar.isInWideBlock, "\(scalar.value)")
    }
  }
}

/// A small seeded generator (SplitMix64), so a failure can be run again.
private struct SplitMix {
  var seed: UInt64

  mutating func next() -> UInt64 {
    seed &+= 0x9E37_79B9_7F4A_7C15
    var value = seed
    value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
    value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
    return value ^ (value >> 31)
  }
}
