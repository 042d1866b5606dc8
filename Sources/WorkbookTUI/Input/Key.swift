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
  /// Text pasted in one go: a paste the terminal marked (bracketed paste), or a run of characters
  /// that arrived together in a text field. Inserted at once, so a long paste costs one edit and
  /// one frame rather than one per character; outside a text field it is refused, never run as
  /// keys. May hold line breaks.
  case paste(String)
}

/// What the terminal reports: a key, several keys that arrived together, or a new size.
public enum TerminalEvent: Sendable, Equatable {
  case key(Key)
  /// Two or more keys read in one go, without waiting: typed faster than the screen took them
  /// (a fast typist, a slow connection), or a paste the terminal did not mark. `KeyBurst` decides
  /// which of them are taken.
  case burst([Key])
  case resize(width: Int, height: Int)
}
