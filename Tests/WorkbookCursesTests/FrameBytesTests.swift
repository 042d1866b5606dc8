import CNCursesW
import Testing

@testable import WorkbookCurses

/// The first frame's bytes, written in one go: the cursor moved only where a piece does not
/// follow the one before, a look set only when it changes, and the frame declined (for ncurses
/// to draw) where the terminal needs what only ncurses knows. The sequences are given by hand.
@Suite struct FrameBytesTests {
  private static let bold = Palette.Look(attributes: wb_a_bold(), colourPair: 0)
  private static let cyan = Palette.Look(attributes: wb_a_bold(), colourPair: 1)

  private func sequences(bottomRightScrolls: Bool = false) -> TerminalSequences {
    TerminalSequences(
      cursorAddress: .ansi, clear: Array("<clear>".utf8), plain: Array("<plain>".utf8),
      attributes: [(wb_a_bold(), Array("<bold>".utf8))], pairs: [[], Array("<cyan>".utf8)],
      bottomRightScrolls: bottomRightScrolls)
  }

  private func text(_ bytes: [UInt8]?) -> String? {
    bytes.map { String(decoding: $0, as: UTF8.self).replacingEscapes() }
  }

  @Test func piecesThatFollowEachOtherAreWrittenWithoutMovingTheCursor() {
    var frame = FrameBytes(sequences: sequences(), rows: 24, columns: 80)
    frame.begin(row: 0, column: 2, look: .plain)
    for byte in "ab".utf8 { frame.append(ascii: byte) }
    frame.begin(row: 0, column: 4, look: Self.bold)
    frame.append(ascii: UInt8(ascii: "c"))
    frame.begin(row: 0, column: 9, look: Self.bold)
    frame.append(ascii: UInt8(ascii: "d"))
    frame.begin(row: 3, column: 0, look: Self.cyan)
    frame.append(ascii: UInt8(ascii: "e"))
    #expect(
      text(frame.finished(cursorAt: 0, column: 0))
        == "<plain><clear>^[[1;3Hab<plain><bold>c^[[1;10Hd^[[4;1H<plain><bold><cyan>e<plain>^[[1;1H"
    )
  }

  @Test func aWideCharacterTakesTwoColumnsAndAccentsStayWithTheirLetter() {
    var frame = FrameBytes(sequences: sequences(), rows: 24, columns: 80)
    frame.begin(row: 5, column: 0, look: .plain)
    frame.append(["中"], width: 2)
    frame.begin(row: 5, column: 2, look: .plain)
    frame.append(["e", "\u{301}"], width: 1)
    frame.begin(row: 5, column: 3, look: .plain)
    frame.append(ascii: UInt8(ascii: "!"))
    #expect(
      text(frame.finished(cursorAt: 2, column: 7)) == "<plain><clear>^[[6;1H中e\u{301}!^[[3;8H")
  }

  @Test func afterTheLastColumnTheCursorIsMovedAgain() {
    var frame = FrameBytes(sequences: sequences(), rows: 2, columns: 3)
    frame.begin(row: 0, column: 1, look: .plain)
    for byte in "ab".utf8 { frame.append(ascii: byte) }
    frame.begin(row: 1, column: 0, look: .plain)
    frame.append(ascii: UInt8(ascii: "c"))
    #expect(
      text(frame.finished(cursorAt: 0, column: 0)) == "<plain><clear>^[[1;2Hab^[[2;1Hc^[[1;1H")
  }

  @Test func theBottomRightCellIsNcursesToWriteWhereWritingItScrolls() {
    for scrolls in [false, true] {
      var frame = FrameBytes(sequences: sequences(bottomRightScrolls: scrolls), rows: 2, columns: 3)
      frame.begin(row: 1, column: 1, look: .plain)
      frame.append(["中"], width: 2)
      #expect((frame.finished(cursorAt: 0, column: 0) == nil) == scrolls)
    }
    var beside = FrameBytes(sequences: sequences(bottomRightScrolls: true), rows: 2, columns: 3)
    beside.begin(row: 1, column: 1, look: .plain)
    beside.append(ascii: UInt8(ascii: "x"))
    #expect(text(beside.finished(cursorAt: 0, column: 0)) == "<plain><clear>^[[2;2Hx^[[1;1H")
  }

  @Test func aControlCharacterIsNeverWritten() {
    for control: Unicode.Scalar in ["\u{1B}", "\u{7}", "\u{7F}", "\u{9B}"] {
      var frame = FrameBytes(sequences: sequences(), rows: 24, columns: 80)
      frame.begin(row: 0, column: 0, look: .plain)
      frame.append(["a", control], width: 1)
      #expect(frame.finished(cursorAt: 0, column: 0) == nil, "\(control.value)")
    }
  }

  @Test func aLookTheTerminalCannotSetIsNcursesToWrite() {
    let underlined = Palette.Look(attributes: wb_a_underline(), colourPair: 0)
    let unknownPair = Palette.Look(attributes: wb_a_normal(), colourPair: 2)
    for look in [underlined, unknownPair] {
      var frame = FrameBytes(sequences: sequences(), rows: 24, columns: 80)
      frame.begin(row: 0, column: 0, look: look)
      frame.append(ascii: UInt8(ascii: "a"))
      #expect(frame.finished(cursorAt: 0, column: 0) == nil)
    }
  }
}

extension String {
  /// ESC shown as "^[", so that an expected sequence reads as text.
  fileprivate func replacingEscapes() -> String {
    replacing("\u{1B}", with: "^[")
  }
}
