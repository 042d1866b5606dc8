extension KeyBinding {
  static let overview: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .overview(.scroll(.unmeasured(.up))), "Scroll up",
      hint: Hint("↑↓", "scroll")),
    KeyBinding([.down, .character("j")], .overview(.scroll(.unmeasured(.down))), "Scroll down"),
    KeyBinding([.pageUp], .overview(.scroll(.unmeasured(.pageUp))), "Page up"),
    KeyBinding(
      [.pageDown, .character(" ")], .overview(.scroll(.unmeasured(.pageDown))), "Page down"),
    KeyBinding(
      [.character("f")], .overview(.editNotes), "Write the facilitator notes",
      hint: Hint("f", "notes")),
    KeyBinding(
      [.character("a")], .overview(.editAgenda), "Plan the time: minutes per step"),
    KeyBinding(
      [.character("l")], .overview(.reviewEarlierPlan), "Review the last session's plan"),
  ]
}
