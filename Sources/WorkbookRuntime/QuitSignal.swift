import CQuitSignals
import Glibc

/// A signal asking the workbook to stop: the runtime saves, the front end restores the terminal,
/// and the program exits. The handler (in CQuitSignals) only records the signal number;
/// `takePending` reads it from the loop.
///
/// Caught this way: SIGINT (`kill -INT`; Ctrl-C in the workbook is a key, since the terminal is
/// in raw mode), SIGTERM (a shutdown or `kill`), SIGHUP (the terminal went away), and the
/// signals whose default action would end the program with the terminal left raw: SIGQUIT (whose
/// default would also dump core and draw the crash report over the screen), SIGUSR1, SIGUSR2 and
/// SIGALRM (`timeout -s ALRM`). SIGPIPE and SIGXFSZ are ignored while the workbook runs: they
/// report a write that failed (a closed pipe, a file-size limit), and the write's error then says
/// so where it is handled, as "Not saved" for a save.
public struct QuitSignal: Sendable, Equatable {
  /// The signal's number (SIGTERM, SIGQUIT, …).
  public let number: Int32

  /// Installs the handlers, and ignores SIGPIPE and SIGXFSZ. A front end's terminal does this
  /// as it is set up (the full-screen one before `newterm`, so ncurses leaves these signals to us
  /// instead of exiting without saving).
  public static func installHandlers() {
    wb_install_signal_handlers()
  }

  /// Puts back the handlers from before, once the terminal is restored.
  public static func removeHandlers() {
    wb_remove_signal_handlers()
  }

  /// The signal received since the last call, if any.
  public static func takePending() -> QuitSignal? {
    let number = wb_take_pending_signal()
    return number == 0 ? nil : QuitSignal(number: number)
  }

  /// The terminal went away: what SIGHUP says, also when the loop finds it out for itself.
  public static let hangup = QuitSignal(number: SIGHUP)

  /// The conventional exit status of a program stopped by this signal: 128 + its number.
  public var exitStatus: Int32 { 128 + number }
}
