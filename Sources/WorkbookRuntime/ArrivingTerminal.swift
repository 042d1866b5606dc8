/// A terminal that another thread is still setting up, standing in for it in a `Runtime`: its
/// opening event is known ahead (the full screen's size), so `Runtime.start` renders the first
/// output meanwhile; the terminal itself `arrive`s before the runtime's loop begins.
///
/// When the terminal's own opening event turns out other than the one known ahead (resized in
/// between), the output rendered for the other is not shown, and the terminal's own event comes
/// first, so that the front end renders it again.
public struct ArrivingTerminal<Wrapped: FrontEndTerminal>: FrontEndTerminal
where Wrapped.Event: Equatable {
  public let openingEvent: Wrapped.Event?
  /// The terminal, once it has arrived.
  public private(set) var arrived: Wrapped?
  /// The terminal's own opening event when it differs from the one known ahead.
  private var correction: Wrapped.Event?

  /// `openingEvent`: what the terminal's opening event will be, nil when it is not known ahead.
  public init(openingEvent: Wrapped.Event?) {
    self.openingEvent = openingEvent
  }

  /// The terminal, set up: everything after this goes to it.
  public mutating func arrive(_ terminal: Wrapped) {
    arrived = terminal
    if let own = terminal.openingEvent, own != openingEvent { correction = own }
  }

  public mutating func nextInput() -> TerminalInput<Wrapped.Event> {
    if let correction {
      self.correction = nil
      return .event(correction)
    }
    return arrived!.nextInput()
  }

  public mutating func show(_ output: Wrapped.Output) {
    // Rendered for an opening event that was not the terminal's: the correction renders again.
    guard correction == nil else { return }
    arrived!.show(output)
  }

  public mutating func ringBell() {
    arrived!.ringBell()
  }
}
