import WorkbookWorkflow

/// The one loop every front end runs on: read an event, decide the actions it means, apply each
/// (`FrontEnd.update`), perform the effects it asks for (feeding each result back as an action)
/// and show the state. Also keeps the step timers' clock, follows a session opened read-only,
/// and leaves on a signal or a closed input after saving. Everything is saved as it changes, so
/// leaving by any of these ways loses nothing.
///
/// Tests drive it without a terminal loop through `send(_:)`, `dispatch(_:)` and `perform(_:)`:
/// the same code `run` uses.
public struct Runtime<Front: FrontEnd, Terminal: FrontEndTerminal, Performer: EffectPerformer>
where Terminal.Event == Front.Event, Terminal.Output == Front.Output {
  /// How the loop ended.
  public enum Ending: Equatable, Sendable {
    /// An effect asked to quit (the saves asked for before it performed).
    case quit
    /// A signal asked to stop; the interrupt was applied first.
    case signal(QuitSignal)
    /// The input closed (the terminal hung up, standard input ended); the interrupt was applied
    /// first.
    case inputClosed
  }

  public private(set) var state: Front.State
  public var frontEnd: Front
  public var terminal: Terminal
  public var performer: Performer
  /// Whether an effect has asked to quit.
  public private(set) var quitAsked = false
  /// How many times faster than real time the step timers' clock runs: 1, but for tests.
  public var clockSpeed: Double = 1
  /// The first output, rendered by `start`; dropped when the state changes before it is shown.
  private(set) var outputAhead: Front.Output?

  public init(state: Front.State, frontEnd: Front, terminal: Terminal, performer: Performer) {
    self.state = state
    self.frontEnd = frontEnd
    self.terminal = terminal
    self.performer = performer
  }

  /// Runs, first performing `launchEffects` (load the list, or open a session), until an effect
  /// quits, a signal asks to stop or the input closes.
  public mutating func run(launchEffects: [Effect]) -> Ending {
    start(launchEffects: launchEffects) ? .quit : run()
  }

  /// What `run(launchEffects:)` does before its loop: applies the terminal's opening event,
  /// performs `launchEffects` and renders the first output, which the loop shows unless the
  /// state changes first. The full-screen workbook starts while its terminal is still being set
  /// up (`ArrivingTerminal`). Returns true when an effect asked to quit.
  public mutating func start(launchEffects: [Effect]) -> Bool {
    if let opening = terminal.openingEvent, send(opening) { return true }
    if perform(launchEffects) { return true }
    outputAhead = frontEnd.output(for: state)
    return false
  }

  /// The loop, once `start` has run, until an effect quits, a signal asks to stop or the input
  /// closes.
  public mutating func run() -> Ending {
    let clock = ContinuousClock()
    let started = clock.now
    var lastTick: Double?
    var lastPoll = 0.0
    // Shown again only after an event: the state changes only through one.
    var needsShowing = true
    while true {
      // The step timers' clock: at once when one was just set, then about once a second (the
      // loop wakes at least every tenth of a second to look for signals).
      let now = Self.seconds(started.duration(to: clock.now)) * clockSpeed
      let timer = frontEnd.clock(in: state)
      if timer == .awaited || (timer == .running && now >= (lastTick ?? 0) + 1),
        let tick = frontEnd.tick(seconds: now)
      {
        lastTick = now
        if dispatch(tick) { return .quit }
        needsShowing = true
      }
      // A session followed read-only: its file looked at twice a second, read again when the
      // terminal editing it has saved.
      let elapsed = Self.seconds(started.duration(to: clock.now))
      if elapsed >= lastPoll + 0.5 {
        lastPoll = elapsed
        if let reloaded = performer.pollFollowedSession() {
          if dispatch(frontEnd.action(reporting: reloaded)) { return .quit }
          needsShowing = true
        }
      }
      if needsShowing {
        terminal.show(outputAhead ?? frontEnd.output(for: state))
        outputAhead = nil
      }
      let input = terminal.nextInput()
      if let signal = QuitSignal.takePending() {
        // The same way out as Ctrl-C: a last save if the previous one failed, then leave.
        _ = dispatch(frontEnd.interrupt)
        return .signal(signal)
      }
      switch input {
      case .event(let event):
        needsShowing = true
        if send(event) { return .quit }
      case .nothing:
        needsShowing = false
      case .closed:
        // Nothing can come: leave as a hang-up would, saving first.
        _ = dispatch(frontEnd.interrupt)
        return .inputClosed
      }
    }
  }

  /// Applies the actions `event` means, each decided in the state the one before left (its
  /// effects performed first). Returns true when an effect asked to quit; nothing after it is
  /// decided. `observe` sees the state before each action and the runtime after it (tests check
  /// invariants between the keys of a burst).
  @discardableResult
  public mutating func send(
    _ event: Front.Event,
    observe: (_ before: Front.State, _ after: Self) -> Void = { _, _ in }
  ) -> Bool {
    var decisions = frontEnd.decisions(for: event)
    while let action = decisions.next(in: state) {
      let before = state
      let quit = dispatch(action)
      observe(before, self)
      if quit { return true }
    }
    return false
  }

  /// Applies `action` and performs the effects it asks for. Returns true when an effect asked to
  /// quit; the effects before it have been performed.
  @discardableResult
  public mutating func dispatch(_ action: Front.Action) -> Bool {
    outputAhead = nil
    return perform(frontEnd.update(&state, action))
  }

  /// Performs `effects` one by one, each result applied before the next effect. Returns true
  /// when one asked to quit; the effects before it have been performed, none after.
  @discardableResult
  public mutating func perform(_ effects: [Effect]) -> Bool {
    var queue = effects[...]
    while let effect = queue.popFirst() {
      if effect == .ringBell {
        terminal.ringBell()
        continue
      }
      guard let result = performer.perform(effect) else {
        quitAsked = true
        return true
      }
      outputAhead = nil
      queue += frontEnd.update(&state, frontEnd.action(reporting: result))
    }
    return false
  }

  private static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) / 1e18
  }
}
