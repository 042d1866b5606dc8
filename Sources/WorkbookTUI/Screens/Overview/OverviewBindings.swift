extension KeyBinding {
  static let overview: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .overview(.scroll(.unmeasured(.up))), .keyScrollUp,
      hint: Hint("↑↓", .hintScroll)),
    KeyBinding([.down, .character("j")], .overview(.scroll(.unmeasured(.down))), .keyScrollDown),
    KeyBinding([.pageUp], .overview(.scroll(.unmeasured(.pageUp))), .keyPageUp),
    KeyBinding(
      [.pageDown, .character(" ")], .overview(.scroll(.unmeasured(.pageDown))), .keyPageDown),
    KeyBinding(
      [.character("f")], .overview(.editNotes), .keyWriteTheFacilitatorNotes,
      hint: Hint("f", .hintNotes)),
    KeyBinding(
      [.character("a")], .overview(.editAgenda), .keyPlanTheTimeMinutesPerStep),
    KeyBinding(
      [.character("l")], .overview(.reviewEarlierPlan), .keyReviewTheLastSessionsPlan),
  ]
}
