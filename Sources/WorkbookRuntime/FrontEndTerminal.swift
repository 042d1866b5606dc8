/// A front end's input and output: the full-screen terminal (keys in, frames out), the line-mode
/// console (lines in, text out), or a test's scripted events.
public protocol FrontEndTerminal {
  associatedtype Event
  associatedtype Output

  /// What the front end must know before the first input (the full-screen terminal's size), if
  /// anything.
  var openingEvent: Event? { get }

  /// The next event; `.nothing` when none came within about a tenth of a second (the runtime
  /// then looks at the clock, the session followed and the signals), `.closed` when none can
  /// come again (the terminal hung up, the input ended).
  mutating func nextInput() -> TerminalInput<Event>

  /// Shows the front end's output after an event.
  mutating func show(_ output: Output)

  /// Rings the bell once (a step's time is up).
  mutating func ringBell()
}

/// What reading the terminal gave.
public enum TerminalInput<Event> {
  case event(Event)
  /// Nothing came within the wait.
  case nothing
  /// Nothing can come again: the terminal hung up, or the input ended.
  case closed
}
