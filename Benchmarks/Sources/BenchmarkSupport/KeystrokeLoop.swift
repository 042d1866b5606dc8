import WorkbookCore
import WorkbookTUI

/// The interactive workbook's work per keystroke, without the terminal: the keymap, `update`,
/// and rendering the whole frame. The session is open on the Scores step's results (revealed),
/// the screen that analyses every participant's scores on every frame, and the keys move the
/// selection down and up through the items.
public struct KeystrokeLoop {
  public private(set) var state: AppState
  private var keyIndex = 0
  private static let keys: [Key] = [.down, .down, .down, .up, .up, .up]

  public init(participants: Int, width: Int = 80, height: Int = 24) {
    var state = AppState(strategies: [BenchmarkFixtures.strategy])
    _ = update(&state, .resized(width: width, height: height))
    _ = update(&state, .sessionOpened(BenchmarkFixtures.session(participants: participants)))
    _ = update(&state, .steps(.goTo(.scores)))
    self.state = state
  }

  /// One keystroke: the frame the terminal would draw after it.
  public mutating func press() -> ScreenBuffer {
    let key = Self.keys[keyIndex % Self.keys.count]
    keyIndex += 1
    if let action = Keymap.action(for: key, in: state) { _ = update(&state, action) }
    return render(state, width: state.terminalWidth, height: state.terminalHeight)
  }
}
