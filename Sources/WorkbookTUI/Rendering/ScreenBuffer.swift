import WorkbookCore

/// A frame of the terminal as a grid of cells. Screens draw into it; the terminal adapter writes
/// only the cells that changed since the last frame; tests read it back as lines of text.
public struct ScreenBuffer: Sendable, Equatable {
  public let width: Int
  public let height: Int
  public private(set) var cells: [Cell]
  /// Where the text cursor shows, while a field or an editor has the keys; nil when none does.
  public var cursor: Position?
  /// The start of the selected row, where the hidden terminal cursor rests when no text is being
  /// edited, so that a screen reader or a braille display following the cursor reads the
  /// selection. Screens set it as they draw the selection.
  public var focus: Position?

  public init(width: Int, height: Int) {
    self.width = max(0, width)
    self.height = max(0, height)
    cells = Array(repeating: Cell.blank, count: self.width * self.height)
  }

  /// Where the terminal cursor stands once the frame is drawn, and whether it shows: at the text
  /// cursor while editing; otherwise hidden, on the selected row, or at the top-left corner.
  public var terminalCursor: (position: Position, isVisible: Bool) {
    if let cursor { return (cursor, true) }
    return (focus ?? Position(row: 0, column: 0), false)
  }

  public subscript(row: Int, column: Int) -> Cell {
    cells[row * width + column]
  }

  /// Writes `text` on one line from `column`, clipped to `maxWidth` columns (and the buffer's
  /// edge). A wide character that would not fit whole is left out. Text cut short of a letter or
  /// digit ends in "…", so no word is ever cut without a sign (screens wrap what must be read
  /// whole). A character a terminal would act on (a control, a direction control, a line
  /// separator: `TerminalText.isUnsafe`) is shown as a symbol one cell wide ("␛", "�";
  /// `TerminalText.symbol`), so user text can never send an escape sequence to the terminal or
  /// reorder a row. Returns the columns used.
  @discardableResult
  public mutating func put(
    _ text: some StringProtocol, row: Int, column: Int, style: TextStyle = .normal,
    maxWidth: Int? = nil
  ) -> Int {
    guard (0..<height).contains(row), column >= 0, column < width else { return 0 }
    let limit = min(width, column + (maxWidth ?? width))
    if let used = putPrintableASCII(text, row: row, column: column, style: style, limit: limit) {
      return used
    }
    if text.unicodeScalars.allSatisfy(\.standsAloneInOneColumn) {
      return putByScalars(text, row: row, column: column, style: style, limit: limit)
    }
    return putByCharacters(text, row: row, column: column, style: style, limit: limit)
  }

  /// `put`'s walk over the characters, for any text (and the answer its faster paths are held
  /// to in the tests).
  mutating func putByCharacters(
    _ text: some StringProtocol, row: Int, column: Int, style: TextStyle, limit: Int
  ) -> Int {
    var x = column
    // Where the ellipsis may go, kept as two columns rather than a list of what was written (a
    // frame puts hundreds of texts): where the text written so far ends but for its trailing
    // spaces, and the same before its last character (for when "…" does not fit after it).
    var trailingSpaces = column
    var spacesBeforeLast = column
    for index in text.indices {
      let character = text[index]
      let shown = character.isUnsafeOnTerminal ? TerminalText.symbol(for: character) : character
      let cellWidth = shown.displayWidth
      if cellWidth == 0 {
        // A lone combining mark or format character: attach it to the cell before, if any.
        if x > column { appendToPreviousCell(row: row, before: x, shown) }
        continue
      }
      guard x + cellWidth <= limit else {
        if text[index...].contains(where: { $0.isLetter || $0.isNumber }) {
          let start = x + 1 <= limit ? trailingSpaces : spacesBeforeLast
          x = endWithEllipsis(row: row, from: start, to: x, limit: limit, style: style)
        }
        break
      }
      set(row: row, column: x, Cell(text: String(shown), width: cellWidth, style: style))
      if cellWidth == 2 { set(row: row, column: x + 1, Cell(text: "", width: 0, style: style)) }
      spacesBeforeLast = trailingSpaces
      if character != " " { trailingSpaces = x + cellWidth }
      x += cellWidth
    }
    return x - column
  }

  /// `put` for text of printable ASCII only, most of what a frame shows: each byte is then a
  /// character one column wide that no terminal acts on, so the text is read by its bytes, with
  /// the same cells, cut and "…" as `put`'s walk over characters. Nil, having written nothing,
  /// for any other text.
  private mutating func putPrintableASCII(
    _ text: some StringProtocol, row: Int, column: Int, style: TextStyle, limit: Int
  ) -> Int? {
    let written = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
      guard bytes.isPrintableASCII else { return nil }
      let fitting = max(0, min(bytes.count, limit - column))
      setRun(
        UnsafeBufferPointer(rebasing: bytes[..<fitting]), row: row, column: column, style: style)
      guard fitting < bytes.count, bytes[fitting...].contains(where: \.isASCIILetterOrDigit) else {
        return fitting
      }
      // Where the text written ends but for its trailing spaces, its last byte left out.
      let kept = bytes[..<max(0, fitting - 1)].lastIndex { $0 != 0x20 }.map { $0 + 1 } ?? 0
      let end = endWithEllipsis(
        row: row, from: column + kept, to: column + fitting, limit: limit, style: style)
      return end - column
    }
    return written ?? nil
  }

  /// Writes printable ASCII `bytes` as cells from `column` on, as `set` writes each in turn: only
  /// the first and the last can split a wide character, so they go through `set`, and the cells
  /// between are stored straight.
  private mutating func setRun(
    _ bytes: UnsafeBufferPointer<UInt8>, row: Int, column: Int, style: TextStyle
  ) {
    guard let first = bytes.first, let last = bytes.last else { return }
    set(row: row, column: column, Cell(scalar: Unicode.Scalar(first), width: 1, style: style))
    guard bytes.count > 1 else { return }
    let start = row * width + column
    cells.withUnsafeMutableBufferPointer { cells in
      for offset in 1..<(bytes.count - 1) {
        cells[start + offset] = Cell(scalar: Unicode.Scalar(bytes[offset]), width: 1, style: style)
      }
    }
    set(
      row: row, column: column + bytes.count - 1,
      Cell(scalar: Unicode.Scalar(last), width: 1, style: style))
  }

  /// `put` for text whose scalars all stand alone in one column (`standsAloneInOneColumn`: Latin
  /// letters, typographic punctuation, the Results' bars): each scalar is then a character one
  /// column wide that no terminal acts on, so the text is read by its scalars, with the same
  /// cells, cut and "…" as `put`'s walk over characters.
  private mutating func putByScalars(
    _ text: some StringProtocol, row: Int, column: Int, style: TextStyle, limit: Int
  ) -> Int {
    var x = column
    var trailingSpaces = column
    var spacesBeforeLast = column
    // Read by the scalars' iterator: indexing the view checks each index against the text.
    var scalars = text.unicodeScalars.makeIterator()
    while let scalar = scalars.next() {
      guard x + 1 <= limit else {
        // Each scalar is a character, so the rest's characters are its scalars.
        var cutsAWord = Character(scalar).isLetter || Character(scalar).isNumber
        while !cutsAWord, let next = scalars.next() {
          cutsAWord = Character(next).isLetter || Character(next).isNumber
        }
        if cutsAWord {
          x = endWithEllipsis(row: row, from: spacesBeforeLast, to: x, limit: limit, style: style)
        }
        break
      }
      set(row: row, column: x, Cell(scalar: scalar, width: 1, style: style))
      spacesBeforeLast = trailingSpaces
      if scalar != " " { trailingSpaces = x + 1 }
      x += 1
    }
    return x - column
  }

  /// Writes `count` copies of `scalar` on one line from `column`: what `put` writes for
  /// `String(repeating:count:)` of it, without making that text and reading it back (the
  /// Results' bars are hundreds of "█" a frame). For a scalar that stands alone in one column
  /// and is no letter or digit, whose run is cut at the edge without "…"; any other goes to `put`.
  @discardableResult
  public mutating func put(
    repeating scalar: Unicode.Scalar, count: Int, row: Int, column: Int,
    style: TextStyle = .normal
  ) -> Int {
    let character = Character(scalar)
    guard scalar.standsAloneInOneColumn, !character.isLetter, !character.isNumber else {
      return put(
        String(repeating: character, count: max(0, count)), row: row, column: column,
        style: style)
    }
    guard (0..<height).contains(row), column >= 0, column < width else { return 0 }
    let end = min(width, column + max(0, count))
    let cell = Cell(scalar: scalar, width: 1, style: style)
    for x in column..<end { set(row: row, column: x, cell) }
    return end - column
  }

  /// Writes "…" at `start` and blanks the rest of the text written, up to `end`; returns the
  /// column after the "…" (or `end`, unchanged, when no "…" fits).
  private mutating func endWithEllipsis(
    row: Int, from start: Int, to end: Int, limit: Int, style: TextStyle
  ) -> Int {
    guard start + 1 <= limit else { return end }
    for blank in start..<end {
      set(row: row, column: blank, Cell(scalar: " ", width: 1, style: style))
    }
    set(row: row, column: start, Cell(scalar: "…", width: 1, style: style))
    return start + 1
  }

  /// Paints `width` columns of a row (from `column`) blank in `style`, as a background for a bar or
  /// a selected row.
  public mutating func fill(row: Int, column: Int = 0, width: Int? = nil, style: TextStyle) {
    guard (0..<height).contains(row) else { return }
    let end = min(self.width, column + (width ?? self.width))
    for x in max(0, column)..<max(max(0, column), end) {
      set(row: row, column: x, Cell(scalar: " ", width: 1, style: style))
    }
  }

  /// The rows as plain text, trailing blanks trimmed: what a snapshot test compares.
  public var lines: [String] {
    (0..<height).map { row in
      var line = ""
      for column in 0..<width { line += self[row, column].text }
      while line.last == " " { line.removeLast() }
      return line
    }
  }

  private mutating func set(row: Int, column: Int, _ cell: Cell) {
    let index = row * width + column
    // Overwriting half of a wide character leaves its other half blank, as a terminal would.
    if cells[index].width == 2, column + 1 < width { cells[index + 1] = .blank }
    if cells[index].width == 0, column > 0, cells[index - 1].width == 2 {
      cells[index - 1] = .blank
    }
    cells[index] = cell
  }

  private mutating func appendToPreviousCell(row: Int, before column: Int, _ mark: Character) {
    var x = column - 1
    while x > 0, self[row, x].width == 0 { x -= 1 }
    cells[row * width + x].text.append(mark)
  }
}

/// A place on the screen, counted from the top-left corner.
public struct Position: Sendable, Equatable, Hashable {
  public var row: Int
  public var column: Int

  public init(row: Int, column: Int) {
    self.row = row
    self.column = column
  }
}

extension Character {
  /// C0 and C1 controls and DEL, which a terminal would act on rather than show. These ranges
  /// are exactly Unicode's general category Cc, so no property lookup is needed. Typed text
  /// leaves them out; drawing shows every unsafe character (`isUnsafeOnTerminal`).
  var isControlCharacter: Bool {
    unicodeScalars.contains { scalar in
      scalar.value < 0x20 || (0x7F..<0xA0).contains(scalar.value)
    }
  }

  /// Whether the character holds a scalar a terminal would act on (see `TerminalText.isUnsafe`).
  var isUnsafeOnTerminal: Bool {
    unicodeScalars.contains(where: TerminalText.isUnsafe)
  }
}

extension UInt8 {
  /// An ASCII letter or digit: for ASCII, what `Character.isLetter || isNumber` says.
  fileprivate var isASCIILetterOrDigit: Bool {
    (0x30...0x39).contains(self) || (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self)
  }
}
