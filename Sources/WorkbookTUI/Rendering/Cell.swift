/// One terminal cell: a grapheme cluster (or "" for the right half of a wide character), the number
/// of columns it takes, and its style.
///
/// Eight bytes and no reference, so that a frame of 80x24 fills 15 KB of fresh memory (a
/// `String` in each cell made it 61 KB) and is made, written and compared without counting
/// references: a character of one scalar (nearly every cell) is kept as that scalar's value, a
/// longer cluster as the number `ClusterTexts` gives its text.
public struct Cell: Sendable, Hashable {
  /// The scalar's value when the text is one scalar; `Self.empty` for ""; from `Self.firstCluster`
  /// on, `Self.firstCluster` plus the text's number in `ClusterTexts`.
  private var value: UInt32
  private var columns: UInt8
  public var style: TextStyle

  private static let empty: UInt32 = 0x11_0000
  private static let firstCluster: UInt32 = 0x11_0001

  public init(text: String, width: Int, style: TextStyle) {
    value = Self.empty
    columns = UInt8(clamping: width)
    self.style = style
    self.text = text
  }

  /// The cell of one scalar: what `init(text: String(scalar), …)` makes, without the text.
  public init(scalar: Unicode.Scalar, width: Int, style: TextStyle) {
    value = scalar.value
    columns = UInt8(clamping: width)
    self.style = style
  }

  public static let blank = Cell(scalar: " ", width: 1, style: .normal)

  public var text: String {
    get {
      if value < Self.empty { return String(Character(Unicode.Scalar(value).unsafelyUnwrapped)) }
      if value == Self.empty { return "" }
      return ClusterTexts.text(numbered: value - Self.firstCluster)
    }
    set {
      var scalars = newValue.unicodeScalars.makeIterator()
      guard let first = scalars.next() else {
        value = Self.empty
        return
      }
      value =
        scalars.next() == nil ? first.value : Self.firstCluster + ClusterTexts.number(of: newValue)
    }
  }

  /// The columns the cell takes: 1, 2 for a wide character, 0 for its right half.
  public var width: Int {
    get { Int(columns) }
    set { columns = UInt8(clamping: newValue) }
  }

  /// The text's one scalar, or nil when the text is "" or more than one scalar.
  public var scalar: Unicode.Scalar? {
    value < Self.empty ? Unicode.Scalar(value) : nil
  }

  /// The byte of the text when it is one printable ASCII character (U+0020–U+007E) one column
  /// wide, most of what a frame shows; nil otherwise. Read from the value alone (the terminal
  /// adapter asks it of every cell it draws).
  public var printableASCII: UInt8? {
    columns == 1 && value &- 0x20 < 0x5F ? UInt8(truncatingIfNeeded: value) : nil
  }

  /// Equal as their texts are equal for `String`, canonical equivalence included ("é" as one
  /// scalar or two; "K" and the Kelvin sign): the same value is the same text, and two ASCII
  /// characters are told apart by their values alone.
  public static func == (left: Cell, right: Cell) -> Bool {
    guard left.columns == right.columns, left.style == right.style else { return false }
    if left.value == right.value { return true }
    if left.value < 0x80, right.value < 0x80 { return false }
    return left.text == right.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(columns)
    hasher.combine(style)
  }
}
