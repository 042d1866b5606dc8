extension KeyBinding {
  static let reflection: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .reflection(.previousQuestion), .keyTheQuestionBefore,
      hint: Hint("↑↓", .hintQuestion)),
    KeyBinding([.down, .character("j")], .reflection(.nextQuestion), .keyTheQuestionAfter),
    KeyBinding(
      [.enter, .character("e")], .reflection(.editAnswer), .keyWriteTheAnswer,
      hint: Hint("Enter", .hintAnswer)),
  ]

  static let quickChoice: [KeyBinding] = [
    KeyBinding(
      [.right], .reflection(.nextChoice), .keyNextQuickAnswer,
      hint: Hint("←→", .hintQuickAnswer)),
    KeyBinding([.left], .reflection(.previousChoice), .keyPreviousQuickAnswer),
  ]
}
