import WorkbookRuntime
import WorkbookTUI

extension Terminal: FrontEndTerminal {
  /// The terminal's size, before any key.
  public var openingEvent: TerminalEvent? {
    let (width, height) = size
    return .resize(width: width, height: height)
  }

  public func nextInput() -> TerminalInput<TerminalEvent> {
    if let event = nextEvent() { return .event(event) }
    // Nothing came: either nothing was typed, or the terminal is gone.
    return hasHungUp ? .closed : .nothing
  }

  public func show(_ frame: ScreenBuffer) {
    draw(frame)
  }
}
