extension KeyBinding {
  static let start: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .start(.moveUp), "Select the one above",
      hint: Hint("↑↓", "move")),
    KeyBinding([.down, .character("j")], .start(.moveDown), "Select the one below"),
    KeyBinding([.enter], .start(.open), "Open the session", hint: Hint("Enter", "open")),
    KeyBinding([.character("n")], .start(.new), "Start a new session", hint: Hint("n", "new")),
    KeyBinding(
      [.character("d"), .delete], .start(.delete), "Delete (asks first)",
      hint: Hint("d", "delete")),
  ]

  static let lockedSession: [KeyBinding] = [
    KeyBinding(
      [.character("r")], .start(.openReadOnly), "Follow it read-only",
      hint: Hint("r", "follow read-only")),
    KeyBinding(
      [.escape, .character("n")], .start(.dismissLocked), "Back to the list",
      hint: Hint("Esc", "back")),
  ]

  static let deletion: [KeyBinding] = [
    KeyBinding([.character("y")], .start(.confirmDelete), "Delete it", hint: Hint("y", "delete")),
    KeyBinding(
      [.character("n"), .escape], .start(.cancelDelete), "Keep it", hint: Hint("n", "keep it")),
  ]
}
