/// A key press, as the terminal adapter decodes it. The keymap turns keys into actions.
public enum Key: Sendable, Equatable, Hashable {
  /// Text typed: a letter, digit, space, an accented or CJK character, an emoji.
  case character(Character)
  /// A letter typed with Control held, as the lowercase letter ("c" for Ctrl-C).
  case control(Character)
  case enter, escape, tab, backTab, backspace, delete
  case up, down, left, right, home, end, pageUp, pageDown
  /// Ctrl-Left / Ctrl-Right, or Alt-b / Alt-f: a word back or forward in text being edited.
  case wordLeft, wordRight
  case function(Int)
  /// Text pasted in one go (a bracketed paste, or characters that arrived together): inserted at
  /// once, so a long paste costs one edit and one frame rather than one per character. May hold
  /// line breaks.
  case paste(String)
}

/// What the terminal reports: a key, or a new size.
public enum TerminalEvent: Sendable, Equatable {
  case key(Key)
  case resize(width: Int, height: Int)
}
