import WorkbookTUI

/// Key presses drawn at random, weighted towards the keys that do something (moving, Enter,
/// Esc, digits, the step keys) so that a run reaches every screen, with some typing, pasting,
/// keys arriving together and resizing besides.
struct RandomKeys {
  static let common: [Key] =
    [.up, .down, .enter, .enter, .escape, .tab, .backTab, .left, .right]
    + "0123456789".map { Key.character($0) }
  static let rare: [Key] =
    [
      .backspace, .delete, .home, .end, .pageUp, .pageDown, .wordLeft, .wordRight, .function(1),
      .function(12), .control("c"), .control("z"), .control("y"), .control("r"), .control("a"),
      .control("e"), .control("k"), .control("u"), .control("w"), .control("s"),
      .paste("Pasted, with \"quotes\"\nand a second line"), .paste(""), .paste("🎉👩‍👩‍👧 é"),
    ]
    + "qjkhlnodr?yYNx -éç陳🎉".map { Key.character($0) }

  var random: SeededGenerator

  /// The next event: mostly a key, now and then keys that arrive together or a new terminal size
  /// (sometimes too small).
  mutating func next() -> TerminalEvent {
    switch Int.random(in: 0..<100, using: &random) {
    case 0:
      let sizes = [(80, 24), (120, 40), (79, 24), (80, 23), (200, 60), (40, 10)]
      let (width, height) = sizes.randomElement(using: &random)!
      return .resize(width: width, height: height)
    case 1..<72: return .key(Self.common.randomElement(using: &random)!)
    case 72..<90: return .key(Self.rare.randomElement(using: &random)!)
    default:
      let keys = Self.common + Self.rare.filter { if case .paste = $0 { false } else { true } }
      return .burst(
        (0..<Int.random(in: 2...8, using: &random)).map { _ in
          keys.randomElement(using: &random)!
        })
    }
  }
}
