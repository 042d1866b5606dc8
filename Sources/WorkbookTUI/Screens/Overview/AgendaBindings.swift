extension KeyBinding {
  static let agenda: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .agenda(.moveUp), .keyTheStepAbove, hint: Hint("↑↓", .hintStep)),
    KeyBinding([.down, .character("j")], .agenda(.moveDown), .keyTheStepBelow),
    KeyBinding(
      [.right], .agenda(.change(by: 5)), .keyFiveMinutesMore, hint: Hint("←→", .hint5Min)),
    KeyBinding([.left], .agenda(.change(by: -5)), .keyFiveMinutesFewer),
    KeyBinding(
      [.character("+"), .character("=")], .agenda(.change(by: 1)), .keyOneMinuteMore,
      hint: Hint("-+", .hint1Min)),
    KeyBinding([.character("-")], .agenda(.change(by: -1)), .keyOneMinuteFewer),
    KeyBinding(
      [.character("6")], .agenda(.suggest(minutes: 60)), .keyTheSuggested60MinuteSession,
      hint: Hint("6 9", .hint60Or90Min)),
    KeyBinding(
      [.character("9")], .agenda(.suggest(minutes: 90)), .keyTheSuggested90MinuteSession),
    KeyBinding([.character("x")], .agenda(.remove), .keyNoAgenda),
    KeyBinding([.enter, .escape], .agenda(.done), .keyDone, hint: Hint("Enter", .hintDone)),
  ]
}
