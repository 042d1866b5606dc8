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
  /// The first frame's bytes while it is being drawn.
  private var frameBytes: FrameBytes?
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
    if erased {
      werase(window)
      // The terminal may have reflowed what it showed when it was resized: repaint it all.
      clearok(window, true)
      if let sequences = firstFrameSequences {
        firstFrameSequences = nil
        // The screen cleared now, and what ncurses has to send before it, so that the frame's
        // own bytes follow.
        wnoutrefresh(window)
        doupdate()
        frameBytes = FrameBytes(
          sequences: sequences, rows: Int(getmaxy(window)), columns: Int(getmaxx(window)))
      }
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
                run, count: column - start, look: look, row: row, column: start, erased: erased,
                on: window)
            }
          }
        }
      }
    }
    writeFrameBytes(on: window)
    placeCursor(frame.terminalCursor, rows: rows, columns: columns, on: window)
    wrefresh(window)
    lastFrame = frame
  }

  /// Writes the first frame's bytes, if it has them, and has ncurses hold the window as shown:
  /// `doupdate` then finds nothing to write but the cursor.
  private mutating func writeFrameBytes(on window: UnsafeMutablePointer<WINDOW>) {
    guard let built = frameBytes else { return }
    frameBytes = nil
    let shown = wb_curscr()
    guard let bytes = built.finished(cursorAt: Int(getcury(shown)), column: Int(getcurx(shown)))
    else { return }
    var written = 0
    bytes.withUnsafeBytes { buffer in
      while written < buffer.count {
        let result = write(output, buffer.baseAddress! + written, buffer.count - written)
        if result > 0 {
          written += result
        } else if result < 0, errno == EINTR || errno == EAGAIN {
          continue
        } else {
          break
        }
      }
    }
    // Any other error means the terminal has gone (a hang-up), and ncurses' own writes fail too.
    guard written == bytes.count else { return }
    overwrite(window, shown)
  }

  /// `erased`: the window was just erased, so each of its cells is a blank in the plain look.
  /// `fast` is false only for the test that holds the shortcuts to the general path.
  private mutating func put(
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
      frameBytes?.begin(row: row, column: column, look: look)
      frameBytes?.append(CollectionOfOne(scalar), width: cell.width)
      return
    }
    let shown = Self.terminalScalars(for: cell, width: Self.libraryWidth)
    let width = shown.blankAfter ? 1 : cell.width
    add(shown.scalars, width: width, look: look, row: row, column: column, on: window)
    if shown.blankAfter {
      add([" "], width: 1, look: look, row: row, column: column + 1, on: window)
    }
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
  private mutating func add(
    _ run: UnsafeMutableBufferPointer<cchar_t>, count: Int, look: Palette.Look, row: Int,
    column: Int, erased: Bool, on window: UnsafeMutablePointer<WINDOW>
  ) {
    var count = count
    if erased, look.isPlain {
      while count > 0, run[count - 1].chars.0 == wchar_t(UInt8(ascii: " ")) { count -= 1 }
      if count == 0 { return }
    }
    _ = mvwadd_wchnstr(window, Int32(row), Int32(column), run.baseAddress, Int32(count))
    guard frameBytes != nil else { return }
    frameBytes?.begin(row: row, column: column, look: look)
    for index in 0..<count {
      frameBytes?.append(ascii: UInt8(truncatingIfNeeded: run[index].chars.0))
    }
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
  private mutating func add(
    _ byte: UInt8, look: Palette.Look, row: Int, column: Int,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    var shown = Self.character(byte, look: look)
    _ = mvwadd_wch(window, Int32(row), Int32(column), &shown)
    frameBytes?.begin(row: row, column: column, look: look)
    frameBytes?.append(ascii: byte)
  }

  /// A character of `scalars` (a base and its combining marks) that ncurses and the terminal
  /// give `width` columns.
  private mutating func add(
    _ scalars: [Unicode.Scalar], width: Int, look: Palette.Look, row: Int, column: Int,
    on window: UnsafeMutablePointer<WINDOW>
  ) {
    // The base character and its combining marks, as many as a cchar_t holds, nul-terminated.
    let characters =
      scalars.prefix(Int(wb_ccharw_max())).map { wchar_t(bitPattern: $0.value) } + [0]
    var shown = cchar_t()
    setcchar(&shown, characters, look.attributes, look.colourPair, nil)
    // The bottom-right cell reports an error (the cursor cannot move past it) yet is drawn.
    _ = mvwadd_wch(window, Int32(row), Int32(column), &shown)
    guard frameBytes != nil else { return }
    // What the cell holds, which is what ncurses would write: it keeps the marks after the base
    // up to the first character that takes a column (an emoji's skin tone is dropped).
    let held = withUnsafeBytes(of: shown.chars) { Array($0.bindMemory(to: wchar_t.self)) }
    frameBytes?.begin(row: row, column: column, look: look)
    frameBytes?.append(
      held.prefix { $0 != 0 }.compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }, width: width)
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
