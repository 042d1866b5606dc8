/// One terminal cell: a grapheme cluster (or "" for the right half of a wide character), the number
/// of columns it takes, and its style.
///
/// Sixteen bytes, so that a frame of 80x24 fills 30 KB of fresh memory, not 61 KB: a character
/// of one scalar (nearly every cell) is kept as that scalar's value, not as a `String`, and only
/// a longer cluster is kept as text, in a box of its own.
public struct Cell: Sendable, Hashable {
  /// The scalar's value when the text is one scalar; `Self.empty` for ""; `Self.boxed` when the
  /// text is in `cluster`.
  private var value: UInt32
  private var columns: UInt8
  public var style: TextStyle
  private var cluster: Cluster?

  private static let empty: UInt32 = 0x11_0000
  private static let boxed: UInt32 = 0x11_0001

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
      switch value {
      case Self.empty: ""
      case Self.boxed: cluster?.text ?? ""
      default: String(Character(Unicode.Scalar(value).unsafelyUnwrapped))
      }
    }
    set {
      var scalars = newValue.unicodeScalars.makeIterator()
      if let first = scalars.next() {
        if scalars.next() == nil {
          value = first.value
          cluster = nil
        } else {
          value = Self.boxed
          cluster = Cluster(text: newValue)
        }
      } else {
        value = Self.empty
        cluster = nil
      }
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

  /// Equal as their texts are equal for `String`, canonical equivalence included ("é" as one
  /// scalar or two; "K" and the Kelvin sign): only two ASCII characters are told apart by their
  /// values alone.
  public static func == (left: Cell, right: Cell) -> Bool {
    guard left.columns == right.columns, left.style == right.style else { return false }
    if left.value < 0x80, right.value < 0x80 { return left.value == right.value }
    return left.text == right.text
  }

  public func hash(into hasher: inout Hasher) {
    hasher.combine(text)
    hasher.combine(columns)
    hasher.combine(style)
  }
}

/// The text of a cell that is more than one scalar (a letter and its combining marks, an emoji
/// sequence), kept apart so that every other cell stays small. Never changed once made.
private final class Cluster: Sendable {
  let text: String

  init(text: String) {
    self.text = text
  }
}
