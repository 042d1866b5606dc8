import Testing
import WorkbookTUI

@testable import WorkbookCurses

/// What the renderer hands ncurses when the C library measures a character differently from the
/// buffer. Widths are given by hand, as a C library might report them.
@Suite struct RendererTests {
  private func shown(_ text: String, width: Int, measured: Int) -> ([Unicode.Scalar], Bool) {
    let result = Renderer.terminalScalars(for: Cell(text: text, width: width, style: .normal)) {
      _ in measured
    }
    return (result.scalars, result.blankAfter)
  }

  @Test func agreeingWidthsDrawTheCellAsItIs() {
    #expect(shown("中", width: 2, measured: 2) == (["中"], false))
    #expect(shown("e\u{301}", width: 1, measured: 1) == (["e", "\u{301}"], false))
  }

  @Test func aWideCellMeasuredNarrowIsItsBaseAndABlank() {
    #expect(shown("❤\u{FE0F}", width: 2, measured: 1) == (["❤"], true))
  }

  /// A printable ASCII character in one column goes to ncurses as it is, without the general
  /// path's measuring: what the general path hands over too, with the C library's own widths.
  @Test func printableASCIIIsHandedOverAsTheGeneralPathWould() {
    for value in UInt8(0x20)..<0x7F {
      let cell = Cell(text: String(UnicodeScalar(value)), width: 1, style: .normal)
      #expect(Renderer.printableASCII(cell) == value)
      let general = Renderer.terminalScalars(for: cell, width: Renderer.libraryWidth)
      #expect(general.scalars == [Unicode.Scalar(value)], "\(value)")
      #expect(!general.blankAfter, "\(value)")
    }
  }

  @Test func anythingElseTakesTheGeneralPath() {
    let others = [
      Cell(text: "\u{1B}", width: 1, style: .normal),
      Cell(text: "\u{7F}", width: 1, style: .normal),
      Cell(text: "é", width: 1, style: .normal), Cell(text: "e\u{301}", width: 1, style: .normal),
      Cell(text: "中", width: 2, style: .normal), Cell(text: "a", width: 2, style: .normal),
      Cell(text: "", width: 0, style: .normal), Cell(text: "ab", width: 1, style: .normal),
    ]
    for cell in others { #expect(Renderer.printableASCII(cell) == nil, "\(cell.text)") }
  }

  @Test func anUnmeasurableCharacterIsAReplacementCharacter() {
    #expect(shown("\u{1FAE8}", width: 2, measured: -1) == (["\u{FFFD}"], true))
    #expect(shown("x", width: 1, measured: 2) == (["\u{FFFD}"], false))
  }
}
