extension KeyBinding {
  /// While text is being written every key goes to the editor (see `Keymap.action`); these
  /// entries name the keys for the help and the status line.
  static let textEditor: [KeyBinding] = [
    editing([.control("d")], "Save the text", hint: Hint("Ctrl-D", "save")),
    editing(
      [.escape], "Cancel: the text as it was (asks after changes)", hint: Hint("Esc", "cancel")),
    editing([.enter], "A new line", hint: Hint("Enter", "new line")),
    editing([.wordLeft, .wordRight], "Move by word (also Alt-b, Alt-f)"),
    editing([.home, .end], "The start or end of the row"),
    editing([.control("w")], "Delete the word before"),
    editing([.control("u"), .control("k")], "Delete to the start or end of the line"),
    editing([.control("y")], "Put back what Ctrl-W, Ctrl-U or Ctrl-K deleted"),
    editing([.control("z")], "Undo in the text"),
  ]

  /// The keys of a one-line editor, where Enter keeps the text.
  static let lineEditor: [KeyBinding] = [
    editing([.enter], "Keep the text", hint: Hint("Enter", "save")),
    editing(
      [.escape], "Cancel: the text as it was (asks after changes)", hint: Hint("Esc", "cancel")),
    editing([.wordLeft, .wordRight], "Move by word (also Alt-b, Alt-f)"),
    editing([.home, .end], "The start or end of the text"),
    editing([.control("w")], "Delete the word before"),
    editing([.control("u"), .control("k")], "Delete to the start or end"),
    editing([.control("z")], "Undo in the text"),
  ]

  static let discardingText: [KeyBinding] = [
    editing([.escape], "Discard the changes", hint: Hint("Esc", "discard changes")),
    editing([.control("d")], "Save the text", hint: Hint("Ctrl-D", "save")),
  ]

  private static func editing(_ keys: [Key], _ description: String, hint: Hint? = nil)
    -> KeyBinding
  {
    KeyBinding(keys, .textEditor(keys[0]), description, hint: hint)
  }
}
