import CNCursesW

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A signal asking the workbook to stop: the run loop saves, restores the terminal and exits.
/// The handler (in the shim) only records the signal number; `takePending` reads it from the loop.
public enum QuitSignal: Sendable, Equatable {
  /// SIGINT: `kill -INT`. (Ctrl-C in the workbook is a key, since the terminal is in raw mode.)
  case interrupt
  /// SIGTERM: a polite request to stop, from a shutdown or `kill`.
  case terminate
  /// SIGHUP: the terminal went away (the window closed, the connection dropped).
  case hangUp

  /// Installs the handlers for SIGINT, SIGTERM and SIGHUP. `Terminal` does this before `newterm`,
  /// so ncurses leaves these signals to us instead of exiting without saving.
  static func installHandlers() {
    wb_install_signal_handlers()
  }

  /// Puts back the handlers from before; `Terminal.close` does this once the terminal is restored.
  static func removeHandlers() {
    wb_remove_signal_handlers()
  }

  /// The signal received since the last call, if any.
  public static func takePending() -> QuitSignal? {
    switch wb_take_pending_signal() {
    case SIGINT: .interrupt
    case SIGTERM: .terminate
    case SIGHUP: .hangUp
    default: nil
    }
  }

  /// The conventional exit status of a program stopped by this signal: 128 + its number.
  public var exitStatus: Int32 {
    switch self {
    case .interrupt: 128 + SIGINT
    case .terminate: 128 + SIGTERM
    case .hangUp: 128 + SIGHUP
    }
  }
}
