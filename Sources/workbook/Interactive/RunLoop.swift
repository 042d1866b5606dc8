import WorkbookCurses
import WorkbookTUI
import WorkbookWorkflow

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The interactive workbook's loop: read a key, map it to an action, `update` the state, perform
/// the effects it asks for (feeding each result back as an action), render the state and draw it.
/// Everything is saved as it changes, so leaving (by `q`, Ctrl-C or a signal) loses nothing.
struct RunLoop {
  /// How the loop ended.
  enum Ending: Equatable {
    case quit
    case signal(QuitSignal)
  }

  let terminal: Terminal
  let performer: EffectPerformer
  /// The action a key means in the current state, if any.
  let keymap: (AppState, Key) -> Action?
  /// The state as a frame of the terminal's size.
  let render: (AppState) -> ScreenBuffer
  /// How many times faster than real time the step timers' clock runs: 1, but for tests.
  var clockSpeed: Double = 1

  /// Runs from `state`, first performing `launchEffects` (load the list, or open a session), until
  /// the user quits or a signal asks to stop.
  func run(from state: AppState, launchEffects: [Effect]) -> Ending {
    var state = state
    state.currentFolder = Self.currentFolder()
    state.utcOffsetSeconds = Self.utcOffsetSeconds()
    let clock = ContinuousClock()
    let started = clock.now
    var lastTick: Double?
    var lastPoll = 0.0
    let (width, height) = terminal.size
    if dispatch(.resized(width: width, height: height), launchEffects, to: &state) {
      return .quit
    }
    // Drawn again only after an event: the state changes only through one.
    var needsDrawing = true
    while true {
      // The step timers' clock: at once when one was just set, then about once a second (the
      // loop wakes at least every tenth of a second to look for signals).
      let now = Self.seconds(started.duration(to: clock.now)) * clockSpeed
      if state.timerAwaitsClock || (state.timerRunning && now >= (lastTick ?? 0) + 1) {
        lastTick = now
        if dispatch(.tick(seconds: now), [], to: &state) { return .quit }
        needsDrawing = true
      }
      // A session followed read-only: its file looked at twice a second, read again when the
      // terminal editing it has saved.
      let elapsed = Self.seconds(started.duration(to: clock.now))
      if elapsed >= lastPoll + 0.5 {
        lastPoll = elapsed
        if let reloaded = performer.pollFollowedSession() {
          if dispatch(reloaded, [], to: &state) { return .quit }
          needsDrawing = true
        }
      }
      if needsDrawing { terminal.draw(render(state)) }
      let event = terminal.nextEvent()
      needsDrawing = event != nil
      if let signal = QuitSignal.takePending() {
        // The same way out as Ctrl-C: a last save if the previous one failed, then leave.
        _ = dispatch(.interrupt, [], to: &state)
        return .signal(signal)
      }
      switch event {
      case .key(let key)?:
        if let action = keymap(state, key), dispatch(action, [], to: &state) { return .quit }
      case .burst(let keys)?:
        // Keys that came together, each decided in the state the one before left (its effects
        // performed first); the burst's rules keep a paste from running as commands.
        var burst = KeyBurst(keys)
        while let action = burst.nextAction(in: state) {
          if dispatch(action, [], to: &state) { return .quit }
        }
      case .resize(let width, let height)?:
        if dispatch(.resized(width: width, height: height), [], to: &state) { return .quit }
      case nil:
        // Nothing came: either nothing was typed, or the terminal is gone; then leave as a
        // hang-up would, saving first.
        if terminal.hasHungUp {
          _ = dispatch(.interrupt, [], to: &state)
          return .signal(.hangup)
        }
      }
    }
  }

  private static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }

  /// How far local time is ahead of UTC now, from the C library's idea of the time zone (TZ or
  /// /etc/localtime).
  private static func utcOffsetSeconds() -> Int {
    var now = time(nil)
    var local = tm()
    guard localtime_r(&now, &local) != nil else { return 0 }
    return local.tm_gmtoff
  }

  /// The folder the workbook was started in, where the Export step writes by default.
  private static func currentFolder() -> String {
    guard let folder = getcwd(nil, 0) else { return "." }
    defer { free(folder) }
    return String(cString: folder)
  }

  /// Applies `action` and then performs the effects (after `pending`) one by one, each result
  /// applied in turn. Returns true when an effect asked to quit; the effects before it have run.
  private func dispatch(_ action: Action, _ pending: [Effect], to state: inout AppState) -> Bool {
    var queue = pending + update(&state, action)
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      if effect == .ringBell {
        terminal.ringBell()
        continue
      }
      guard let result = performer.perform(effect) else { return true }
      queue += update(&state, result)
    }
    return false
  }
}
