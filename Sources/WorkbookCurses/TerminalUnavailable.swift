/// Why the workbook cannot take over this terminal. The executable adds the non-interactive
/// commands to the message.
public enum TerminalUnavailable: Error, Equatable, CustomStringConvertible {
  /// Standard input or output is a pipe or a file, not a terminal.
  case notATerminal
  /// TERM is unset or names a terminal the terminfo database does not know.
  case unknownTerminalType(String?)
  /// The terminal cannot place the cursor anywhere on the screen (TERM=dumb, a printing terminal).
  case cannotMoveCursor(String)

  public var description: String {
    switch self {
    case .notATerminal:
      "The workbook needs a terminal: standard input and output must both be a terminal, "
        + "not a pipe or a file."
    case .unknownTerminalType(nil):
      "TERM is not set, so the workbook does not know how to draw on this terminal. "
        + "Set TERM (for example TERM=xterm-256color)."
    case .unknownTerminalType(let name?):
      "TERM=\(name) is not a terminal type this system knows. "
        + "Set TERM to one it does (for example TERM=xterm-256color)."
    case .cannotMoveCursor(let name):
      "TERM=\(name) cannot move the cursor, so the workbook cannot draw its screens there. "
        + "Use a full-screen terminal (for example TERM=xterm-256color)."
    }
  }
}
