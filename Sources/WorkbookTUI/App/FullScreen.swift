import WorkbookWorkflow

/// The full-screen workbook as the runtime runs it: keys through the keymap (keys that came
/// together through `KeyBurst`, one at a time), `update`, and a frame of the terminal's size
/// after each event. The terminal itself is WorkbookCurses'; tests give scripted events instead.
public struct FullScreen: FrontEnd {
  public init() {}

  public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
    WorkbookTUI.update(&state, action)
  }

  public func action(reporting result: EffectResult) -> Action {
    .result(result)
  }

  public func decisions(for event: TerminalEvent) -> Decisions<AppState, Action> {
    switch event {
    case .key(let key):
      var pending: Key? = key
      return Decisions { state in
        defer { pending = nil }
        return pending.flatMap { Keymap.action(for: $0, in: state) }
      }
    case .burst(let keys):
      // The burst's rules keep a paste from running as commands.
      var burst = KeyBurst(keys)
      return Decisions { state in burst.nextAction(in: state) }
    case .resize(let width, let height):
      return .one(.resized(width: width, height: height))
    }
  }

  public func output(for state: AppState) -> ScreenBuffer {
    render(state, width: state.terminalWidth, height: state.terminalHeight)
  }

  public var interrupt: Action { .interrupt }

  public func clock(in state: AppState) -> TimerClock {
    if state.timerAwaitsClock { return .awaited }
    return state.timerRunning ? .running : .stopped
  }

  public func tick(seconds: Double) -> Action? {
    .tick(seconds: seconds)
  }
}
