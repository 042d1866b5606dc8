import Glibc
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

  /// The opening event of a terminal on standard output, before it is set up: the size the
  /// kernel gives it, which is the size ncurses takes (`use_tioctl`). Nil when it gives none.
  public static func openingEventAhead() -> TerminalEvent? {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0
    else { return nil }
    return .resize(width: Int(size.ws_col), height: Int(size.ws_row))
  }
}
