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

  @Test func anUnmeasurableCharacterIsAReplacementCharacter() {
    #expect(shown("\u{1FAE8}", width: 2, measured: -1) == (["\u{FFFD}"], true))
    #expect(shown("x", width: 1, measured: 2) == (["\u{FFFD}"], false))
  }
}
