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
  @Test func punctuationBoxDrawingAndBlocksAreOneColumn() {
    for range in Unicode.Scalar.oneColumnRanges {
      for value in range {
        let scalar = Unicode.Scalar(value)!
        let category = scalar.properties.generalCategory
        #expect(![.nonspacingMark, .enclosingMark, .format].contains(category), "\(value)")
        #expect(!scalar.properties.isEmojiPresentation, "\(value)")
        #expect(!TerminalText.isUnsafe(scalar), "\(value)")
      }
      #expect(!Unicode.Scalar.wideRanges.contains { $0.overlaps(range) }, "\(range)")
    }
  }
}
