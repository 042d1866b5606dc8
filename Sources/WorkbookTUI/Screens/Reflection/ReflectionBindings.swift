extension KeyBinding {
  static let reflection: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .reflection(.previousQuestion), "The question before",
      hint: Hint("↑↓", "question")),
    KeyBinding([.down, .character("j")], .reflection(.nextQuestion), "The question after"),
    KeyBinding(
      [.enter, .character("e")], .reflection(.editAnswer), "Write the answer",
      hint: Hint("Enter", "answer")),
  ]

  static let quickChoice: [KeyBinding] = [
    KeyBinding(
      [.right], .reflection(.nextChoice), "Next quick answer",
      hint: Hint("←→", "quick answer")),
    KeyBinding([.left], .reflection(.previousChoice), "Previous quick answer"),
  ]
}
