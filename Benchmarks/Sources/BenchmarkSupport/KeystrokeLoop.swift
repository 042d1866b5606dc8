import WorkbookCore
import WorkbookRuntime
import WorkbookTUI

/// The interactive workbook's work per keystroke, without the terminal: the runtime deciding the
/// key through the keymap, `update`, and rendering the whole frame. The session is open on the
/// Scores step's results (revealed), the screen that analyses every participant's scores on every
/// frame, and the keys move the selection down and up through the items.
public struct KeystrokeLoop {
  private var runtime:
    Runtime<FullScreen, ScriptedTerminal<TerminalEvent, ScreenBuffer>, InMemoryEffectPerformer>
  private var keyIndex = 0
  private static let keys: [Key] = [.down, .down, .down, .up, .up, .up]

  public var state: AppState { runtime.state }

  public init(participants: Int, width: Int = 80, height: Int = 24) {
    let session = BenchmarkFixtures.session(participants: participants)
    runtime = Runtime(
      state: AppState(strategies: [BenchmarkFixtures.strategy]), frontEnd: FullScreen(),
      terminal: ScriptedTerminal(),
      performer: InMemoryEffectPerformer(
        strategies: [BenchmarkFixtures.strategy], sessions: [session]))
    runtime.send(.resize(width: width, height: height))
    runtime.dispatch(.result(.sessionOpened(session)))
    runtime.dispatch(.steps(.goTo(.scores)))
  }

  /// One keystroke: the frame the terminal would draw after it.
  public mutating func press() -> ScreenBuffer {
    let key = Self.keys[keyIndex % Self.keys.count]
    keyIndex += 1
    runtime.send(.key(key))
    return runtime.frontEnd.output(for: runtime.state)
  }
}
