/// A key press, as the terminal adapter decodes it. The keymap turns keys into actions.
public enum Key: Sendable, Equatable, Hashable {
  /// Text typed: a letter, digit, space, an accented or CJK character, an emoji.
  case character(Character)
  /// A letter typed with Control held, as the lowercase letter ("c" for Ctrl-C).
  case control(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  case function(Int)
}

/// What the terminal reports: a key, or a new size.
public enum TerminalEvent: Sendable, Equatable {
  case key(Key)
  case resize(width: Int, height: Int)
}
