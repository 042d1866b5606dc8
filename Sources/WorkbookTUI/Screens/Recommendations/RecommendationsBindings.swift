import WorkbookCore

extension KeyBinding {
  static let recommendations: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .recommendations(.moveUp), "Previous one",
      hint: Hint("↑↓", "choose")),
    KeyBinding([.down, .character("j")], .recommendations(.moveDown), "Next one"),
    KeyBinding(
      [.character("a")], .recommendations(.setStatus(.alreadyDoing)),
      "Mark already doing", hint: Hint("a t n x", "mark")),
    KeyBinding([.character("t")], .recommendations(.setStatus(.tryNext)), "Mark try next"),
    KeyBinding([.character("n")], .recommendations(.setStatus(.notForNow)), "Mark not for now"),
    KeyBinding(
      [.character("x")], .recommendations(.setStatus(.notApplicable)), "Mark not applicable"),
    KeyBinding(
      [.character("p")], .recommendations(.cyclePriority), "Next priority",
      hint: Hint("p", "priority")),
    KeyBinding(
      [.enter], .recommendations(.editNote), "Write the note", hint: Hint("Enter", "note")),
    KeyBinding(
      [.character("+")], .recommendations(.addToPlan), "Add to the plan, linked",
      hint: Hint("+", "plan")),
    KeyBinding(
      [.character("f")], .recommendations(.cycleFilter), "Filter by mark",
      hint: Hint("f", "filter")),
    KeyBinding(
      [.character("w")], .recommendations(.toggleWeakAreasFirst),
      "Weak areas first"),
  ]
}
