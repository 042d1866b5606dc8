/// A move through a text longer than its space with no selection to follow (the Overview, the
/// Export preview): the key's move and the text's extent as drawn, which the keymap measures
/// (`Keymap.measured`), so `update` never needs the terminal's size.
public struct FreeScroll: Sendable, Equatable {
  public enum Move: Sendable, Equatable {
    case up
    case down
    case pageUp
    case pageDown
  }

  public var move: Move
  /// The rows a page turns.
  public var page: Int
  /// The last first row: the offset that shows the end of the text at the foot of its space.
  public var last: Int

  public init(_ move: Move, page: Int, last: Int) {
    self.move = move
    self.page = page
    self.last = last
  }

  /// What a key binding names before the keymap measures it.
  public static func unmeasured(_ move: Move) -> FreeScroll {
    FreeScroll(move, page: 1, last: 0)
  }

  /// The text drawn in `rows` rows, `lineCount` lines long.
  public static func measured(_ move: Move, lineCount: Int, rows: Int) -> FreeScroll {
    FreeScroll(move, page: max(1, rows - 1), last: max(0, lineCount - rows))
  }

  /// The first row shown after the move from `offset`. An offset past the end (the text grew
  /// shorter, or the terminal taller) counts from the end as drawn, so a key always moves what
  /// is seen.
  public func offset(from offset: Int) -> Int {
    let start = max(0, min(last, offset))
    let delta =
      switch move {
      case .up: -1
      case .down: 1
      case .pageUp: -page
      case .pageDown: page
      }
    return max(0, min(last, start + delta))
  }
}
