import Glibc

/// How the console makes earlier answers unreadable when the keyboard passes to someone else.
public enum ScreenClearing: Equatable, Sendable {
  /// A terminal that understands ECMA-48 (every TERM but "dumb"): home the cursor, erase the
  /// screen, erase the scrollback (ESC [ 3 J, as `clear` sends where terminfo has E3).
  case eraseWithScrollback
  /// A dumb terminal: as many blank lines as it has rows, so earlier answers leave the screen
  /// (a dumb terminal cannot be told to forget its scrollback).
  case blankLines(Int)
  /// Standard output is not a terminal (a pipe, a file): nothing, and never an escape sequence.
  case nothing

  /// What standard output is: not a terminal, a dumb one, or one that takes escape sequences.
  public static func forStandardOutput(environment: [String: String]) -> ScreenClearing {
    guard isatty(STDOUT_FILENO) == 1 else { return .nothing }
    let type = environment["TERM"] ?? ""
    guard !type.isEmpty, type != "dumb" else { return .blankLines(terminalRows()) }
    return .eraseWithScrollback
  }

  /// The text to write.
  public var text: String {
    switch self {
    case .eraseWithScrollback: "\u{1B}[H\u{1B}[2J\u{1B}[3J"
    case .blankLines(let rows): String(repeating: "\n", count: rows)
    case .nothing: ""
    }
  }

  private static func terminalRows() -> Int {
    var size = winsize()
    guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 else { return 24 }
    return Int(size.ws_row)
  }
}
