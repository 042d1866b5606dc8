import WorkbookCore

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
    KeyBinding([.escape], .scores(.back), "Back to the sessions"),
  ]

  static let choosingScorer: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .scores(.moveUp), "Select the one above",
      hint: Hint("↑↓", "choose")),
    KeyBinding([.down, .character("j")], .scores(.moveDown), "Select the one below"),
    KeyBinding(
      [.enter], .scores(.choose), "Start their turn again", hint: Hint("Enter", "score")),
    KeyBinding([.escape], .scores(.back), "Back to the results", hint: Hint("Esc", "back")),
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
        "Answer 1 (low) to 5 (high)", hint: value == 1 ? Hint("1–5 ? n", "answer") : nil,
        helpKeys: "1–5", inHelp: value == 1)
    } + [
      KeyBinding([.character("?")], .scores(.answer(.dontKnow)), "Answer don't know"),
      KeyBinding([.character("n")], .scores(.answer(.notApplicable)), "Answer not applicable"),
      KeyBinding(
        [.enter], .scores(.takeChoice), "Take the highlighted answer, go to the next item",
        hint: Hint("Enter", "next")),
      KeyBinding([.left], .scores(.previousItem), "The item before", hint: Hint("←", "back")),
      KeyBinding(
        [.right], .scores(.nextItem), "The next item; skips one not answered"),
      KeyBinding(
        [.up, .character("k")], .scores(.moveUp), "Highlight another answer",
        hint: Hint("↑↓", "choose"), helpKeys: "↑ ↓ k j"),
      KeyBinding(
        [.down, .character("j")], .scores(.moveDown), "Highlight the answer below", inHelp: false),
      KeyBinding(
        [.escape], .scores(.back), "Pause; the answers are kept",
        hint: Hint("Esc", "pause", alwaysShown: true)),
    ]

  /// The answer keys as a sentence names them ("1–5, ? or n"), from the scoring bindings.
  static var answerKeysInWords: String {
    func named(_ answer: ScoreAnswer) -> String {
      key(for: .scores(.answer(answer)), in: scoring)
    }
    return "\(named(.score(1)))–\(named(.score(5))), \(named(.dontKnow)) or "
      + named(.notApplicable)
  }

  static let review: [KeyBinding] = [
    KeyBinding(
      [.enter], .scores(.confirm), "Confirm the answers",
      hint: Hint("Enter", "confirm")),
    KeyBinding([.left], .scores(.previousItem), "Back to change one", hint: Hint("←", "change")),
    KeyBinding(
      [.escape], .scores(.back), "Pause; the answers are kept",
      hint: Hint("Esc", "pause", alwaysShown: true)),
  ]

  static let gapsConfirmation: [KeyBinding] = [
    KeyBinding(
      [.enter], .scores(.confirm), "Confirm anyway, with items not answered",
      hint: Hint("Enter", "confirm anyway")),
    KeyBinding(
      [.left], .scores(.previousItem), "Back to the first item not answered",
      hint: Hint("←", "go back")),
    KeyBinding(
      [.escape], .scores(.back), "Pause; the answers are kept",
      hint: Hint("Esc", "pause", alwaysShown: true)),
  ]

  static let restartConfirmation: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .scores(.confirmRestart), "Clear their answers and start again",
      hint: Hint("y", "start again")),
    KeyBinding(
      [.character("n"), .escape], .scores(.cancelRestart), "Keep their answers",
      hint: Hint("n", "keep")),
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
