import WorkbookTUI

/// The bytes of a whole frame, to be written in one go: the first frame's, which ncurses'
/// `doupdate` would make pricing five ways of moving the cursor to each row's start
/// (docs/performance.md), and which is shown before ncurses is handed its cells. They clear the
/// screen first, in the plain look.
///
/// Each piece is given here with its place and look: the cursor is moved only where a piece does
/// not follow the one before, and a look is set only when it changes.
/// The frame is declined (and ncurses draws it) when a piece needs what only ncurses knows: a
/// look the terminal cannot set here, a control character, or the bottom-right cell on a
/// terminal that would scroll.
struct FrameBytes {
  private let sequences: TerminalSequences
  private let rows: Int
  private let columns: Int
  private var bytes: [UInt8] = []
  /// Where the terminal's cursor is once the bytes so far are written (clearing leaves it at the
  /// top left); nil after the last column.
  private var cursor: (row: Int, column: Int)? = (0, 0)
  /// The look the bytes so far leave set.
  private var look = Palette.Look.plain
  private var declined = false

  /// A frame for a screen of `rows` and `columns`.
  init(sequences: TerminalSequences, rows: Int, columns: Int) {
    self.sequences = sequences
    self.rows = rows
    self.columns = columns
    bytes.reserveCapacity(rows * columns * 2)
    bytes += sequences.plain + sequences.clear
  }

  /// The next piece begins at `row` and `column`, in `look`.
  mutating func begin(row: Int, column: Int, look: Palette.Look) {
    guard !declined else { return }
    if cursor?.row != row || cursor?.column != column {
      guard let move = sequences.movingCursor(row: row, column: column) else {
        return decline()
      }
      bytes += move
      cursor = (row, column)
    }
    if look != self.look {
      guard let setting = sequences.setting(look) else { return decline() }
      bytes += setting
      self.look = look
    }
  }

  /// A printable ASCII character in one column.
  mutating func append(ascii byte: UInt8) {
    guard !declined else { return }
    bytes.append(byte)
    advance(by: 1)
  }

  /// A character of `scalars` (a base and its combining marks) in `width` columns.
  mutating func append(_ scalars: some Sequence<Unicode.Scalar>, width: Int) {
    guard !declined else { return }
    for scalar in scalars {
      // The text's own controls never reach the terminal: ncurses would show them as blanks.
      guard scalar.value >= 0x20, !(0x7F..<0xA0).contains(scalar.value) else { return decline() }
      UTF8.encode(scalar) { bytes.append($0) }
    }
    advance(by: width)
  }

  /// The frame's bytes, ending in the plain look with the cursor at `row` and `column` (where
  /// ncurses holds it to be), or nil when the frame was declined.
  func finished(cursorAt row: Int, column: Int) -> [UInt8]? {
    guard !declined, let move = sequences.movingCursor(row: row, column: column) else {
      return nil
    }
    return bytes + (look == .plain ? [] : sequences.plain) + move
  }

  private mutating func advance(by width: Int) {
    guard let (row, column) = cursor else { return }
    if sequences.bottomRightScrolls, row == rows - 1, column + width >= columns {
      return decline()
    }
    // Past the last column the cursor waits to wrap, or wraps: the next piece moves it.
    cursor = column + width < columns ? (row, column + width) : nil
  }

  private mutating func decline() {
    declined = true
    bytes = []
  }
}

extension FrameBytes {
  /// The cells of `frame`, each as the renderer hands it to ncurses and ncurses holds it (see
  /// `Renderer.put`), but for the plain blanks that end a row, which the cleared screen shows.
  /// A run of printable ASCII in one style is copied as it is.
  mutating func add(_ frame: ScreenBuffer, palette: Palette) {
    let shownRows = min(frame.height, rows)
    let shownColumns = min(frame.width, columns)
    frame.cells.withUnsafeBufferPointer { cells in
      for row in 0..<shownRows where !declined {
        let rowStart = row * frame.width
        var end = shownColumns
        while end > 0, cells[rowStart + end - 1].printableASCII == UInt8(ascii: " "),
          palette.look(cells[rowStart + end - 1].style).isPlain
        {
          end -= 1
        }
        var column = 0
        while column < end {
          let cell = cells[rowStart + column]
          guard cell.width > 0 else {
            column += 1
            continue
          }
          let look = palette.look(cell.style)
          begin(row: row, column: column, look: look)
          guard let byte = cell.printableASCII else {
            add(cell, row: row, column: column, look: look)
            column += 1
            continue
          }
          let start = column
          bytes.append(byte)
          column += 1
          while column < end, cells[rowStart + column].style == cell.style,
            let next = cells[rowStart + column].printableASCII
          {
            bytes.append(next)
            column += 1
          }
          advance(by: column - start)
        }
      }
    }
  }

  private mutating func add(_ cell: Cell, row: Int, column: Int, look: Palette.Look) {
    if let scalar = cell.scalar, Renderer.libraryWidth(scalar) == cell.width {
      append(CollectionOfOne(scalar), width: cell.width)
    } else {
      let shown = Renderer.terminalScalars(for: cell, width: Renderer.libraryWidth)
      let held = Renderer.scalars(of: Renderer.character(shown.scalars, look: look))
      append(held, width: shown.blankAfter ? 1 : cell.width)
      if shown.blankAfter {
        begin(row: row, column: column + 1, look: look)
        append(ascii: UInt8(ascii: " "))
      }
    }
  }
}
