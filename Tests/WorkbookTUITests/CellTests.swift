import Testing
import WorkbookTUI

/// A cell keeps a character of one scalar as that scalar and anything longer as text: either way
/// it reads back the text, width and style it was given, and two cells are equal exactly when
/// their text, width and style are.
@Suite struct CellTests {
  static let texts = [
    "", " ", "a", "~", "…", "█", "é", "e\u{301}", "中", "❤\u{FE0F}", "\u{1F468}\u{200D}\u{1F469}",
    "\u{1B}", "ab", "e\u{301}\u{301}\u{301}\u{301}\u{301}\u{301}",
    // Canonically equivalent to others here: equal as `String`s, yet each read back as written.
    "\u{E9}", "K", "\u{212A}", "e\u{301}\u{323}", "e\u{323}\u{301}",
  ]

  @Test("a cell reads back what it was given", arguments: texts)
  func readsBack(text: String) {
    for width in [0, 1, 2] {
      for style in TextStyle.allCases {
        let cell = Cell(text: text, width: width, style: style)
        #expect(Array(cell.text.unicodeScalars) == Array(text.unicodeScalars))
        #expect(cell.width == width)
        #expect(cell.style == style)
        let scalars = Array(text.unicodeScalars)
        #expect(cell.scalar == (scalars.count == 1 ? scalars[0] : nil), "\(text)")
      }
    }
  }

  /// The cell of one scalar, made without its text, is the cell made from the text.
  @Test("a cell made from a scalar is the cell made from its text", arguments: texts)
  func scalarCellIsTextCell(text: String) {
    guard text.unicodeScalars.count == 1, let scalar = text.unicodeScalars.first else { return }
    let made = Cell(scalar: scalar, width: 1, style: .accent)
    let fromText = Cell(text: text, width: 1, style: .accent)
    #expect(made == fromText)
    #expect(made.hashValue == fromText.hashValue)
    #expect(made.text == text)
  }

  /// A cell's printable ASCII byte, read from its value, is its text's one byte when that byte is
  /// printable ASCII and the cell one column wide: for every scalar and the other texts here.
  @Test func printableASCIIIsTheTextsOneByte() {
    let texts = (0...0x10FFFF).compactMap { Unicode.Scalar(UInt32($0)).map(String.init) }
    for text in texts + Self.texts {
      for width in [0, 1, 2] {
        let bytes = Array(text.utf8)
        let expected =
          width == 1 && bytes.count == 1 && (0x20..<0x7F).contains(bytes[0]) ? bytes[0] : nil
        let cell = Cell(text: text, width: width, style: .normal)
        if cell.printableASCII != expected {
          Issue.record("\(text.unicodeScalars.map(\.value)) at width \(width)")
        }
      }
    }
  }

  @Test func cellsAreEqualExactlyWhenTheirPartsAre() {
    let cells = Self.texts.flatMap { text in
      [1, 2].flatMap { width in
        [TextStyle.normal, .bar].map { Cell(text: text, width: width, style: $0) }
      }
    }
    for left in cells {
      for right in cells {
        let same = left.text == right.text && left.width == right.width && left.style == right.style
        #expect((left == right) == same, "\(left.text) \(right.text)")
        if same { #expect(left.hashValue == right.hashValue) }
      }
    }
  }

  /// Changing a cell's text changes what it reads back, between one scalar and more.
  @Test func changedTextReadsBack() {
    var cell = Cell(text: "e\u{301}", width: 1, style: .normal)
    cell.text = "x"
    #expect(cell == Cell(text: "x", width: 1, style: .normal))
    cell.text.append("\u{301}")
    #expect(cell.text == "x\u{301}")
    #expect(cell.scalar == nil)
    cell.text = ""
    #expect(cell.text.isEmpty)
  }
}
