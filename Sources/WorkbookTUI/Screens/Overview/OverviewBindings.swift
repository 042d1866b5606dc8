extension KeyBinding {
  static let overview: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .overview(.scrollUp), "Scroll up", hint: Hint("↑↓", "scroll")),
    KeyBinding([.down, .character("j")], .overview(.scrollDown), "Scroll down"),
    KeyBinding([.pageUp], .overview(.pageUp), "Page up"),
    KeyBinding([.pageDown, .character(" ")], .overview(.pageDown), "Page down"),
    KeyBinding(
      [.character("f")], .overview(.editNotes), "Write the facilitator notes",
      hint: Hint("f", "notes")),
    KeyBinding(
      [.character("a")], .overview(.editAgenda), "Plan the time: minutes per step"),
    KeyBinding(
      [.character("l")], .overview(.reviewEarlierPlan), "Review the last session's plan"),
  ]
}
