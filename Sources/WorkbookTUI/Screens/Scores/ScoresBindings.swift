import WorkbookCore

extension KeyBinding {
  static let scorers: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .scores(.moveUp), .keySelectTheOneAbove,
      hint: Hint("↑↓", .hintChoose)),
    KeyBinding([.down, .character("j")], .scores(.moveDown), .keySelectTheOneBelow),
    KeyBinding(
      [.enter], .scores(.choose), .keyStartTheirTurn, hint: Hint("Enter", .hintScore)),
    KeyBinding(
      [.character("r")], .scores(.reveal), .keyRevealAsksFirst,
      hint: Hint("r", .hintReveal)),
    KeyBinding([.escape], .scores(.back), .keyBackToTheSessions),
  ]

  static let choosingScorer: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .scores(.moveUp), .keySelectTheOneAbove,
      hint: Hint("↑↓", .hintChoose)),
    KeyBinding([.down, .character("j")], .scores(.moveDown), .keySelectTheOneBelow),
    KeyBinding(
      [.enter], .scores(.choose), .keyStartTheirTurnAgain, hint: Hint("Enter", .hintScore)),
    KeyBinding([.escape], .scores(.back), .keyBackToTheResults, hint: Hint("Esc", .hintBack)),
  ]

  static let soloInvitation: [KeyBinding] = [
    KeyBinding([.enter], .scores(.choose), .keyStartScoring, hint: Hint("Enter", .hintStart))
  ]

  static let privacy: [KeyBinding] = [
    KeyBinding(
      [.enter], .scores(.beginTurn), .keyStartScoring,
      hint: Hint("Enter", .hintStart)),
    KeyBinding([.escape], .scores(.back), .keyBackToTheList, hint: Hint("Esc", .hintBack)),
  ]

  static let scoring: [KeyBinding] =
    (1...5).map { value in
      KeyBinding(
        [.character(Character(String(value)))], .scores(.answer(.score(value))),
        .keyAnswer1LowTo5High, hint: value == 1 ? Hint("1–5 ? n", .hintAnswer) : nil,
        helpKeys: "1–5", inHelp: value == 1)
    } + [
      KeyBinding([.character("?")], .scores(.answer(.dontKnow)), .keyAnswerDontKnow),
      KeyBinding([.character("n")], .scores(.answer(.notApplicable)), .keyAnswerNotApplicable),
      KeyBinding(
        [.enter], .scores(.takeChoice), .keyTakeTheHighlightedAnswerGoToThe,
        hint: Hint("Enter", .hintNext)),
      KeyBinding([.left], .scores(.previousItem), .keyTheItemBefore, hint: Hint("←", .hintBack)),
      KeyBinding(
        [.right], .scores(.nextItem), .keyTheNextItemSkipsOneNotAnswered),
      KeyBinding(
        [.up, .character("k")], .scores(.moveUp), .keyHighlightAnotherAnswer,
        hint: Hint("↑↓", .hintChoose), helpKeys: "↑ ↓ k j"),
      KeyBinding(
        [.down, .character("j")], .scores(.moveDown), .keyHighlightTheAnswerBelow, inHelp: false),
      KeyBinding(
        [.escape], .scores(.back), .keyPauseTheAnswersAreKept,
        hint: Hint("Esc", .hintPause, alwaysShown: true)),
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
      [.enter], .scores(.confirm), .keyConfirmTheAnswers,
      hint: Hint("Enter", .hintConfirm)),
    KeyBinding([.left], .scores(.previousItem), .keyBackToChangeOne, hint: Hint("←", .hintChange)),
    KeyBinding(
      [.escape], .scores(.back), .keyPauseTheAnswersAreKept,
      hint: Hint("Esc", .hintPause, alwaysShown: true)),
  ]

  static let gapsConfirmation: [KeyBinding] = [
    KeyBinding(
      [.enter], .scores(.confirm), .keyConfirmAnywayWithItemsNotAnswered,
      hint: Hint("Enter", .hintConfirmAnyway)),
    KeyBinding(
      [.left], .scores(.previousItem), .keyBackToTheFirstItemNotAnswered,
      hint: Hint("←", .hintGoBack)),
    KeyBinding(
      [.escape], .scores(.back), .keyPauseTheAnswersAreKept,
      hint: Hint("Esc", .hintPause, alwaysShown: true)),
  ]

  static let restartConfirmation: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .scores(.confirmRestart), .keyClearTheirAnswersAndStartAgain,
      hint: Hint("y", .hintStartAgain)),
    KeyBinding(
      [.character("n"), .escape], .scores(.cancelRestart), .keyKeepTheirAnswers,
      hint: Hint("n", .hintKeep)),
  ]

  static let revealConfirmation: [KeyBinding] = [
    KeyBinding(
      [.character("y")], .scores(.confirmReveal), .keyRevealTheScores,
      hint: Hint("y", .hintReveal)),
    KeyBinding(
      [.character("n"), .escape], .scores(.cancelReveal), .keyNotYet, hint: Hint("n", .hintNotYet)),
  ]

  static let results: [KeyBinding] = [
    KeyBinding(
      [.up, .character("k")], .scores(.moveUp), .keySelectTheOneAbove,
      hint: Hint("↑↓", .hintItem)),
    KeyBinding([.down, .character("j")], .scores(.moveDown), .keySelectTheOneBelow),
    KeyBinding(
      [.character("e")], .scores(.rescore), .keyScoreAgain,
      hint: Hint("e", .hintScoreAgain)),
  ]
}
