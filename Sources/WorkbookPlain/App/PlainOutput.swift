/// What the plain front end gives its console to show, in order.
public enum PlainOutput: Sendable, Equatable {
  /// Lines of text, each already made safe for a terminal (see `TerminalText`); the console adds
  /// the line breaks.
  case lines([String])
  /// The keyboard passes to someone else: nothing shown before this may stay readable. The
  /// console clears the screen and its scrollback where the terminal can, and does nothing
  /// where it cannot (a pipe, a dumb terminal).
  case privacyBreak
}
