import WorkbookCore

extension ScoreScale {
  /// Every answer a person can give, in the order the scoring screen lists them.
  var choices: [ScoreAnswer] { values.map(ScoreAnswer.score) + [.dontKnow, .notApplicable] }
}
