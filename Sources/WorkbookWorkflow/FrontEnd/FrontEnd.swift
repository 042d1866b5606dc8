/// A front end's logic, as the runtime runs it: its state, the actions that change it, how the
/// events its terminal reports become actions, and what is shown of the state. Pure: no I/O (that
/// is the `FrontEndTerminal`'s), so it runs the same under a test's scripted events.
///
/// The full-screen workbook's events are keys (several that came together decided one at a time),
/// and a resize; its output a frame. The plain line mode's events are typed lines; its output text.
public protocol FrontEnd {
  associatedtype State
  associatedtype Action
  /// What the terminal reports: a key, a typed line, a new size.
  associatedtype Event
  /// What the terminal shows after an event: a frame, text to append.
  associatedtype Output

  /// Applies `action` to `state` and returns the effects it asks for, in order.
  func update(_ state: inout State, _ action: Action) -> [Effect]

  /// The action that reports an effect's result.
  func action(reporting result: EffectResult) -> Action

  /// The actions `event` means, decided one at a time: the runtime asks for the next only once
  /// the one before has been applied and its effects performed, so each is decided in the state
  /// the one before left.
  func decisions(for event: Event) -> Decisions<State, Action>

  /// What to show of `state` after an event.
  mutating func output(for state: State) -> Output

  /// The way out when a signal arrives or the input closes: save what is unsaved, then leave.
  var interrupt: Action { get }

  /// Whether a step timer runs in `state` (the runtime then ticks about once a second), or was
  /// just set and waits for the clock (ticked at once).
  func clock(in state: State) -> TimerClock

  /// The clock's time for the step timers, in seconds since the runtime started.
  func tick(seconds: Double) -> Action?
}

/// What a front end's state asks of the step timers' clock.
public enum TimerClock: Sendable, Equatable {
  /// No timer runs: no ticks.
  case stopped
  /// A timer runs: a tick about once a second.
  case running
  /// A timer was just set: a tick at once.
  case awaited
}

extension FrontEnd {
  /// A front end without step timers never asks for the clock.
  public func clock(in state: State) -> TimerClock { .stopped }

  public func tick(seconds: Double) -> Action? { nil }
}

/// The actions an event means, taken one at a time, each decided in the state the one before
/// left (a burst of keys: see `FrontEnd.decisions(for:)`).
public struct Decisions<State, Action> {
  private var decideNext: (State) -> Action?

  /// Actions decided by `next`, called with the current state until it returns nil.
  public init(_ next: @escaping (State) -> Action?) {
    decideNext = next
  }

  /// One action, or none.
  public static func one(_ action: Action?) -> Decisions {
    var pending = action
    return Decisions { _ in
      defer { pending = nil }
      return pending
    }
  }

  /// The action decided in `state`, or nil when the event means no more.
  public mutating func next(in state: State) -> Action? {
    decideNext(state)
  }
}
