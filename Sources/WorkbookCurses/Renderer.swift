import CNCursesW
import Glibc
import WorkbookTUI

/// Draws `ScreenBuffer`s on an ncurses window, writing only the cells that changed since the
/// last frame; after a resize (or when asked) it redraws everything. The first frame is written
/// in one go (`FrameBytes`) where the terminal allows, and ncurses is told it is shown.
struct Renderer {
  private var lastFrame: ScreenBuffer?
  private let palette: Palette
  /// The terminal's sequences until the first frame is drawn; nil after, or when the first
  /// frame is ncurses' to draw.
  private var firstFrameSequences: TerminalSequences?
  /// Where the first frame's bytes are written: the terminal's output.
  private let output: Int32

  init(palette: Palette, firstFrameSequences: TerminalSequences?, output: Int32) {
    self.palette = palette
    self.firstFrameSequences = firstFrameSequences
    self.output = output
  }

  /// Forgets the last frame, so the next draw repaints the whole screen.
  mutating func invalidate() {
    lastFrame = nil
  }

  /// `byRuns` is false only for the test that holds the runs of ASCII, and a cell of one scalar
  /// handed over alone, to the general drawing cell by cell.
  mutating func draw(
    _ frame: ScreenBuffer, on window: UnsafeMutablePointer<WINDOW>, byRuns: Bool = true
  ) {
    let previous = lastFrame.flatMap {
      $0.width == frame.width && $0.height == frame.height ? $0 : nil
    }
    let erased = previous == nil
    var writtenInOneGo = false
    if erased {
      werase(window)
      if let sequences = firstFrameSequences {
        firstFrameSequences = nil
        writtenInOneGo = writeInOneGo(frame, sequences: sequences, on: window)
      }
      // The terminal may have reflowed what it showed when it was resized: repaint it all.
      if !writtenInOneGo { clearok(window, true) }
    }
    // Bound once, not unwrapped for each cell (which copied the optional frame every time).
    let before = previous ?? frame
    let rows = min(frame.height, Int(getmaxy(window)))
    let columns = min(frame.width, Int(getmaxx(window)))
    // Runs of printable ASCII in one style go to ncurses as one string of cells. The cells are
    // read in place, not copied out one by one.
    frame.cells.withUnsafeBufferPointer { cells in
      before.cells.withUnsafeBufferPointer { beforeCells in
        withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: max(columns, 1)) { run in
          for row in 0..<rows {
            let rowStart = row * frame.width
            var column = 0
            while column < columns {
              let index = rowStart + column
              // The right half of a wide character: ncurses fills it when it draws the left half.
              guard cells[index].width > 0, erased || beforeCells[index] != cells[index] else {
                column += 1
                continue
              }
              guard byRuns, let byte = Self.printableASCII(cells[index]) else {
                put(
                  cells[index], row: row, column: column, erased: erased, fast: byRuns, on: window)
                column += 1
                continue
              }
              let start = column
              let style = cells[index].style
              let look = palette.look(style)
              // The cell of the run's first character; the others differ from it in the character.
              var shown = Self.character(byte, look: look)
              run[0] = shown
              column += 1
              while column < columns {
                let next = rowStart + column
                guard cells[next].style == style, erased || beforeCells[next] != cells[next],
                  let byte = Self.printableASCII(cells[next])
                else { break }
                shown.chars.0 = wchar_t(byte)
                run[column - start] = shown
                column += 1
              }
              add(
                run, count: column - start, isPlain: look.isPlain, row: row, column: start,
                erased: erased, on: window)
            }
          }
        }
      }
    }
    // ncurses compares what it is asked to show with what it holds shown: it now holds the frame,
    // and finds nothing to write but the cursor.
    if writtenInOneGo { overwrite(window, wb_curscr()) }
    placeCursor(frame.terminalCursor, rows: rows, columns: columns, on: window)
    wrefresh(window)
    lastFrame = frame
  }

  /// Writes the frame's bytes in one go, clearing the screen first, before ncurses is handed the
  /// frame's cells: true when they were all written. ncurses is to hold the screen cleared, not
  /// to clear it itself as it would at its first update, and first sends what its set-up left to
  /// send: hiding the cursor (which also keeps it out of the way of the frame) sends it all.
  private func writeInOneGo(
    _ frame: ScreenBuffer, sequences: TerminalSequences, on window: UnsafeMutablePointer<WINDOW>
  ) -> Bool {
    let shown = wb_curscr()
    var built = FrameBytes(
      sequences: sequences, rows: Int(getmaxy(shown)), columns: Int(getmaxx(shown)))
    built.add(frame, palette: palette)
    guard
      let bytes = built.finished(cursorAt: Int(getcury(shown)), column: Int(getcurx(shown)))
    else { return false }
    for screen in [window, wb_newscr(), shown] { clearok(screen, false) }
    curs_set(0)
    var written = 0
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = write(output, buffer.baseAddress! + written, buffer.count - written)
        if result > 0 {
          written += result
        } else if result < 0, errno == EINTR || errno == EAGAIN {
          continue
        } else {
          // The terminal has gone (a hang-up): ncurses' own writes fail too.
          break
        }
      }
    }
    return written == bytes.count
  }

  /// `erased`: the window was just erased, so each of its cells is a blank in the plain look.
  /// `fast` is false only for the test that holds the shortcuts to the general path.
  private func put(
    _ cell: Cell, row: Int, column: Int, erased: Bool, fast: Bool,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    let look = palette.look(cell.style)
    // Most of a frame is printable ASCII, which needs neither measuring nor a list of scalars;
    // and a plain blank on an erased window is already there.
    if let byte = Self.printableASCII(cell) {
      if erased, byte == UInt8(ascii: " "), look.isPlain { return }
      add(byte, look: look, row: row, column: column, on: window)
      return
    }
    // One scalar the C library measures as the buffer does ("·", the hints' arrows): handed
    // over alone, as `terminalScalars` would hand it, without a list of scalars.
    if fast, let scalar = cell.scalar, Self.libraryWidth(scalar) == cell.width {
      var shown = Self.character(wchar_t(bitPattern: scalar.value), look: look)
      _ = mvwadd_wch(window, Int32(row), Int32(column), &shown)
      return
    }
    let shown = Self.terminalScalars(for: cell, width: Self.libraryWidth)
    add(shown.scalars, look: look, row: row, column: column, on: window)
    if shown.blankAfter { add([" "], look: look, row: row, column: column + 1, on: window) }
  }

  /// How many columns the C library (and so ncurses) gives a character.
  static func libraryWidth(_ scalar: Unicode.Scalar) -> Int {
    Int(wb_wcwidth(scalar.value))
  }

  /// The cell's byte when it is one printable ASCII character in one column. The C library
  /// measures each of them one column in every locale, so `terminalScalars` would hand ncurses
  /// that character alone.
  static func printableASCII(_ cell: Cell) -> UInt8? {
    cell.printableASCII
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

  /// The first `count` cells of `run`, printable ASCII of one look, from `column`: copied into
  /// the window as `put` would add each (ncurses renders each against the window alike). On a
  /// just erased window the plain blanks at the run's end are already there.
  private func add(
    _ run: UnsafeMutableBufferPointer<cchar_t>, count: Int, isPlain: Bool, row: Int, column: Int,
    erased: Bool, on window: UnsafeMutablePointer<WINDOW>
  ) {
    var count = count
    if erased, isPlain {
      while count > 0, run[count - 1].chars.0 == wchar_t(UInt8(ascii: " ")) { count -= 1 }
      if count == 0 { return }
    }
    _ = mvwadd_wchnstr(window, Int32(row), Int32(column), run.baseAddress, Int32(count))
  }

  /// A character of one scalar in `look`, as ncurses holds a cell.
  private static func character(_ byte: UInt8, look: Palette.Look) -> cchar_t {
    character(wchar_t(byte), look: look)
  }

  private static func character(_ scalar: wchar_t, look: Palette.Look) -> cchar_t {
    var characters: (wchar_t, wchar_t) = (scalar, 0)
    var shown = cchar_t()
    _ = withUnsafePointer(to: &characters) { pair in
      pair.withMemoryRebound(to: wchar_t.self, capacity: 2) { characters in
        setcchar(&shown, characters, look.attributes, look.colourPair, nil)
      }
    }
    return shown
  }

  /// One ASCII character, its nul after it, without a list of scalars.
  private func add(
    _ byte: UInt8, look: Palette.Look, row: Int, column: Int,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    var shown = Self.character(byte, look: look)
    _ = mvwadd_wch(window, Int32(row), Int32(column), &shown)
  }

  private func add(
    _ scalars: [Unicode.Scalar], look: Palette.Look, row: Int, column: Int,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    var shown = Self.character(scalars, look: look)
    // The bottom-right cell reports an error (the cursor cannot move past it) yet is drawn.
    _ = mvwadd_wch(window, Int32(row), Int32(column), &shown)
  }

  /// A character of `scalars` in `look`, as ncurses holds a cell: the base character and its
  /// combining marks, as many as a cchar_t holds, and of those after the base only the ones up to
  /// the first that takes a column (an emoji's skin tone is dropped).
  static func character(_ scalars: [Unicode.Scalar], look: Palette.Look) -> cchar_t {
    let characters =
      scalars.prefix(Int(wb_ccharw_max())).map { wchar_t(bitPattern: $0.value) } + [0]
    var shown = cchar_t()
    setcchar(&shown, characters, look.attributes, look.colourPair, nil)
    return shown
  }

  /// The scalars a cell made by `character` holds.
  static func scalars(of shown: cchar_t) -> [Unicode.Scalar] {
    withUnsafeBytes(of: shown.chars) { characters in
      characters.bindMemory(to: wchar_t.self).prefix { $0 != 0 }.compactMap {
        Unicode.Scalar(UInt32(bitPattern: $0))
      }
    }
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
