extension KeyBinding {
  static let agenda: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .agenda(.moveUp), "The step above", hint: Hint("↑↓", "step")),
    KeyBinding([.down, .character("j")], .agenda(.moveDown), "The step below"),
    KeyBinding(
      [.right], .agenda(.change(by: 5)), "Five minutes more", hint: Hint("←→", "5 min")),
    KeyBinding([.left], .agenda(.change(by: -5)), "Five minutes fewer"),
    KeyBinding(
      [.character("+"), .character("=")], .agenda(.change(by: 1)), "One minute more",
      hint: Hint("-+", "1 min")),
    KeyBinding([.character("-")], .agenda(.change(by: -1)), "One minute fewer"),
    KeyBinding(
      [.character("6")], .agenda(.suggest(minutes: 60)), "The suggested 60-minute session",
      hint: Hint("6 9", "60 or 90 min")),
    KeyBinding(
      [.character("9")], .agenda(.suggest(minutes: 90)), "The suggested 90-minute session"),
    KeyBinding([.character("x")], .agenda(.remove), "No agenda"),
    KeyBinding([.enter, .escape], .agenda(.done), "Done", hint: Hint("Enter", "done")),
  ]
}
