extension KeyBinding {
  static let planReview: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .planReview(.moveUp), "The row above", hint: Hint("↑↓", "row")),
    KeyBinding([.down, .character("j")], .planReview(.moveDown), "The row below"),
    KeyBinding(
      [.character("d")], .planReview(.mark(.done)), "Done", hint: Hint("d i x c", "outcome")),
    KeyBinding([.character("i")], .planReview(.mark(.inProgress)), "In progress"),
    KeyBinding([.character("x")], .planReview(.mark(.dropped)), "Dropped"),
    KeyBinding(
      [.character("c")], .planReview(.mark(.carried)), "Carried into the new plan (adds a row)"),
    KeyBinding([.character("0")], .planReview(.mark(.notReviewed)), "Not reviewed"),
    KeyBinding([.enter], .planReview(.editNote), "Write a note", hint: Hint("Enter", "note")),
    KeyBinding([.escape], .planReview(.done), "Done reviewing", hint: Hint("Esc", "done")),
  ]
}
