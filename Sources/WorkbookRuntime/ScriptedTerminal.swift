/// A terminal for tests and benchmarks: gives the events of a script one by one, then reports the
/// input closed; keeps what was shown last and counts the bells. With it, `Runtime.run` runs a
/// front end's whole loop without a terminal.
public struct ScriptedTerminal<Event, Output>: FrontEndTerminal {
  public var openingEvent: Event?
  /// The events still to come, in order.
  public var script: [Event]
  /// What the front end showed last, nil before anything was shown.
  public private(set) var shown: Output?
  /// How many times the bell rang.
  public private(set) var bells = 0

  public init(opening: Event? = nil, script: [Event] = []) {
    openingEvent = opening
    self.script = script
  }

  public mutating func nextInput() -> TerminalInput<Event> {
    script.isEmpty ? .closed : .event(script.removeFirst())
  }

  public mutating func show(_ output: Output) {
    shown = output
  }

  public mutating func ringBell() {
    bells += 1
  }
}
