import CNCursesW
import WorkbookTUI

/// Draws `ScreenBuffer`s on an ncurses window, writing only the cells that changed since the
/// last frame; after a resize (or when asked) it redraws everything.
struct Renderer {
  private var lastFrame: ScreenBuffer?
  private let palette: Palette

  init(palette: Palette) {
    self.palette = palette
  }

  /// Forgets the last frame, so the next draw repaints the whole screen.
  mutating func invalidate() {
    lastFrame = nil
  }

  mutating func draw(_ frame: ScreenBuffer, on window: UnsafeMutablePointer<WINDOW>) {
    let previous = lastFrame.flatMap {
      $0.width == frame.width && $0.height == frame.height ? $0 : nil
    }
    if previous == nil {
      werase(window)
      // The terminal may have reflowed what it showed when it was resized: repaint it all.
      clearok(window, true)
    }
    let rows = min(frame.height, Int(getmaxy(window)))
    let columns = min(frame.width, Int(getmaxx(window)))
    for row in 0..<rows {
      for column in 0..<columns {
        let cell = frame[row, column]
        // The right half of a wide character: ncurses fills it when it draws the left half.
        guard cell.width > 0 else { continue }
        if let previous, previous[row, column] == cell { continue }
        put(cell, row: row, column: column, on: window)
      }
    }
    placeCursor(frame.terminalCursor, rows: rows, columns: columns, on: window)
    wrefresh(window)
    lastFrame = frame
  }

  private func put(_ cell: Cell, row: Int, column: Int, on window: UnsafeMutablePointer<WINDOW>) {
    let look = palette.look(cell.style)
    let shown = Self.terminalScalars(for: cell) { Int(wb_wcwidth($0.value)) }
    add(shown.scalars, look: look, row: row, column: column, on: window)
    if shown.blankAfter { add([" "], look: look, row: row, column: column + 1, on: window) }
  }

  /// The scalars to hand ncurses for a cell, so that its idea of the cell's width (the C
  /// library's `wcwidth`) matches the buffer's, or ncurses and the terminal would disagree about
  /// where the rest of the row goes. A wide cell the C library measures as narrow (a heart with
  /// the emoji selector, "❤️") is drawn as its base character and a blank; a character it cannot
  /// measure, or measures wider than the cell, is drawn as "�".
  static func terminalScalars(for cell: Cell, width: (Unicode.Scalar) -> Int) -> (
    scalars: [Unicode.Scalar], blankAfter: Bool
  ) {
    let scalars = Array(cell.text.unicodeScalars)
    guard let base = scalars.first else { return ([" "], false) }
    let measured = width(base)
    if measured == cell.width { return (scalars, false) }
    if measured == 1, cell.width == 2 { return ([base], true) }
    return (["\u{FFFD}"], cell.width == 2)
  }

  private func add(
    _ scalars: [Unicode.Scalar], look: Palette.Look, row: Int, column: Int,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    // The base character and its combining marks, as many as a cchar_t holds, nul-terminated.
    let characters =
      scalars.prefix(Int(wb_ccharw_max())).map { wchar_t(bitPattern: $0.value) } + [0]
    var shown = cchar_t()
    setcchar(&shown, characters, look.attributes, look.colourPair, nil)
    // The bottom-right cell reports an error (the cursor cannot move past it) yet is drawn.
    _ = mvwadd_wch(window, Int32(row), Int32(column), &shown)
  }

  /// Moves the terminal cursor where the frame asks, shown or hidden: a screen reader or a braille
  /// display follows it even while it is hidden.
  private func placeCursor(
    _ cursor: (position: Position, isVisible: Bool), rows: Int, columns: Int,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    let inside =
      (0..<rows).contains(cursor.position.row) && (0..<columns).contains(cursor.position.column)
    curs_set(cursor.isVisible && inside ? 1 : 0)
    let position = inside ? cursor.position : Position(row: 0, column: 0)
    wmove(window, Int32(position.row), Int32(position.column))
  }
}
