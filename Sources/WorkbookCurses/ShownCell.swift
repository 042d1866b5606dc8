import CNCursesW

/// A cell as ncurses holds it after drawing: its characters, attributes and colour pair.
public struct ShownCell: Sendable, Equatable {
  public struct Attributes: OptionSet, Sendable {
    public let rawValue: Int
    public init(rawValue: Int) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)

    init(_ attributes: attr_t) {
      var set: Attributes = []
      if attributes & wb_a_bold() != 0 { set.insert(.bold) }
      if attributes & wb_a_dim() != 0 { set.insert(.dim) }
      if attributes & wb_a_reverse() != 0 { set.insert(.reverse) }
      if attributes & wb_a_underline() != 0 { set.insert(.underline) }
      self = set
    }
  }

  public var text: String
  public var attributes: Attributes
  /// 0 is the terminal's default colours.
  public var colourPair: Int
}
