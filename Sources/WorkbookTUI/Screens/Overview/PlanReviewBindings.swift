extension KeyBinding {
  static let planReview: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .planReview(.moveUp), .keyTheRowAbove, hint: Hint("↑↓", .hintRow)),
    KeyBinding([.down, .character("j")], .planReview(.moveDown), .keyTheRowBelow),
    KeyBinding(
      [.character("d")], .planReview(.mark(.done)), .keyDone, hint: Hint("d i x c", .hintOutcome)),
    KeyBinding([.character("i")], .planReview(.mark(.inProgress)), .keyInProgress),
    KeyBinding([.character("x")], .planReview(.mark(.dropped)), .keyDropped),
    KeyBinding(
      [.character("c")], .planReview(.mark(.carried)), .keyCarriedIntoTheNewPlanAddsA),
    KeyBinding([.character("0")], .planReview(.mark(.notReviewed)), .keyNotReviewed),
    KeyBinding([.enter], .planReview(.editNote), .keyWriteANote, hint: Hint("Enter", .hintNote)),
    KeyBinding([.escape], .planReview(.done), .keyDoneReviewing, hint: Hint("Esc", .hintDone)),
  ]
}
