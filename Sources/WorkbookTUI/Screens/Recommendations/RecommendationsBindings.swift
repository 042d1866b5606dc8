import WorkbookCore

extension KeyBinding {
  static let recommendations: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .recommendations(.moveUp), .keyPreviousOne,
      hint: Hint("↑↓", .hintChoose)),
    KeyBinding([.down, .character("j")], .recommendations(.moveDown), .keyNextOne),
    KeyBinding(
      [.character("a")], .recommendations(.setStatus(.alreadyDoing)),
      .keyMarkAlreadyDoing, hint: Hint("a t n x", .hintMark)),
    KeyBinding([.character("t")], .recommendations(.setStatus(.tryNext)), .keyMarkTryNext),
    KeyBinding([.character("n")], .recommendations(.setStatus(.notForNow)), .keyMarkNotForNow),
    KeyBinding(
      [.character("x")], .recommendations(.setStatus(.notApplicable)), .keyMarkNotApplicable),
    KeyBinding(
      [.character("p")], .recommendations(.cyclePriority), .keyNextPriority,
      hint: Hint("p", .hintPriority)),
    KeyBinding(
      [.enter], .recommendations(.editNote), .keyWriteTheNote, hint: Hint("Enter", .hintNote)),
    KeyBinding(
      [.character("+")], .recommendations(.addToPlan), .keyAddToThePlanLinked,
      hint: Hint("+", .hintPlan)),
    KeyBinding(
      [.character("f")], .recommendations(.cycleFilter), .keyFilterByMark,
      hint: Hint("f", .hintFilter)),
    KeyBinding(
      [.character("w")], .recommendations(.toggleWeakAreasFirst),
      .keyWeakAreasFirst),
  ]
}
