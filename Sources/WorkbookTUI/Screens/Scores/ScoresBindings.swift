extension KeyBinding {
  static let scorers: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .scores(.moveUp), "Select the one above",
      hint: Hint("↑↓", "choose")),
    KeyBinding([.down, .character("j")], .scores(.moveDown), "Select the one below"),
    KeyBinding(
      [.enter], .scores(.choose), "Start their turn", hint: Hint("Enter", "score")),
    KeyBinding(
      [.character("r")], .scores(.reveal), "Reveal (asks first)",
      hint: Hint("r", "reveal")),
    KeyBinding([.escape], .scores(.back), "Back"),
  ]

  static let soloInvitation: [KeyBinding] = [
    KeyBinding([.enter], .scores(.choose), "Start scoring", hint: Hint("Enter", "start"))
  ]

  static let privacy: [KeyBinding] = [
    KeyBinding(
      [.enter], .scores(.beginTurn), "Start scoring",
      hint: Hint("Enter", "start")),
    KeyBinding([.escape], .scores(.back), "Back to the list", hint: Hint("Esc", "back")),
  ]

  static let scoring: [KeyBinding] =
    (1...5).map { value in
      KeyBinding(
        [.character(Character(String(value)))], .scores(.answer(.score(value))),
        "Score, 1 low to 5 high", hint: value == 1 ? Hint("1–5", "score") : nil,
        helpKeys: "1–5", inHelp: value == 1)
    } + [
      KeyBinding(
        [.character("?")], .scores(.answer(.dontKnow)), "Don't know",
        hint: Hint("?", "don't know")),
      KeyBinding(
        [.character("n")], .scores(.answer(.notApplicable)), "Not applicable",
        hint: Hint("n", "not applicable")),
      KeyBinding(
        [.right, .enter, .down], .scores(.nextItem), "Next item",
        hint: Hint("←→", "item")),
      KeyBinding([.left, .up], .scores(.previousItem), "Previous item"),
      KeyBinding(
        [.escape], .scores(.back), "Pause; answers are kept",
        hint: Hint("Esc", "pause")),
      KeyBinding([.function(1)], .toggleHelp, "Show or hide the keys", hint: Hint("F1", "help")),
    ]

  static let review: [KeyBinding] = [
    KeyBinding(
      [.enter], .scores(.confirm), "Confirm the answers",
      hint: Hint("Enter", "confirm")),
    KeyBinding(
      [.left, .escape], .scores(.back), "Back to change one",
      hint: Hint("←", "change")),
  ]

  static let revealConfirmation: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .scores(.confirmReveal), "Reveal the scores",
      hint: Hint("y", "reveal")),
    KeyBinding(
      [.character("n"), .escape], .scores(.cancelReveal), "Not yet", hint: Hint("n", "not yet")),
  ]

  static let results: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .scores(.moveUp), "Select the one above",
      hint: Hint("↑↓", "item")),
    KeyBinding([.down, .character("j")], .scores(.moveDown), "Select the one below"),
    KeyBinding(
      [.character("e")], .scores(.rescore), "Score again",
      hint: Hint("e", "score again")),
  ]
}
