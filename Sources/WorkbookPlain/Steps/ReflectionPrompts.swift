import WorkbookCore
import WorkbookWorkflow

/// The Reflection step, one question at a time: its answer written as lines, its quick answer
/// chosen by number.
extension PlainState {
  enum ReflectionChoice {
    case write
    case quickChoice
    case next
    case previous
    case back
  }

  private func reflectionChoices(_ index: Int) -> NumberedChoices<ReflectionChoice> {
    var choices = NumberedChoices<ReflectionChoice>()
    let questions = strategy?.reflectionQuestions ?? []
    choices.add(
      "Write \(soloOrTeam("your", "the team's")) answer (it replaces the one above)", .write)
    if questions[safe: index]?.quickChoice != nil {
      choices.add("Choose a quick answer", .quickChoice)
    }
    if index + 1 < questions.count { choices.add("Next question", .next) }
    if index > 0 { choices.add("Previous question", .previous) }
    choices.add("Back to the steps", .back)
    return choices
  }

  func reflectionLines(_ index: Int) -> [String] {
    guard let session, let strategy, let question = strategy.reflectionQuestions[safe: index] else {
      return ["Reflection: this strategy has no questions."]
    }
    let count = strategy.reflectionQuestions.count
    var lines = ["Reflection, question \(index + 1) of \(count):"]
    lines += Shown.lines(question.text)
    if question.aboutScores {
      lines.append(
        session.scoresHidden
          ? "(About the scores, which are hidden until the reveal.)"
          : "(About the scores: the Scores step shows the results.)")
    }
    let answer = session.reflection[question.id] ?? ReflectionAnswer()
    if let options = question.quickChoice?.options {
      let chosen = options.first { $0.id == answer.choice }
      lines.append("Quick answer: \(chosen.map { Shown.field($0.label) } ?? "none chosen").")
    }
    lines.append("Answer:")
    lines += Shown.indented(answer.text)
    let choices = reflectionChoices(index)
    return lines + choices.lines + [choices.instruction]
  }

  mutating func answerReflection(_ index: Int, _ line: String) -> [Effect] {
    let choices = reflectionChoices(index)
    guard let question = strategy?.reflectionQuestions[safe: index] else { return ask(.steps) }
    switch choices.value(for: line) {
    case .write?:
      return startText(
        .reflectionAnswer(questionID: question.id), then: .reflection(question: index))
    case .quickChoice?: return ask(.reflectionQuickChoice(question: index))
    case .next?: return ask(.reflection(question: index + 1))
    case .previous?: return ask(.reflection(question: index - 1))
    case .back?: return ask(.steps)
    case nil: return refuse(line, choices.instruction)
    }
  }

  private func quickChoices(_ index: Int) -> NumberedChoices<String?> {
    var choices = NumberedChoices<String?>()
    for option in strategy?.reflectionQuestions[safe: index]?.quickChoice?.options ?? [] {
      choices.add(Shown.field(option.label), option.id)
    }
    choices.add("No quick answer", nil)
    return choices
  }

  func quickChoiceLines(_ index: Int) -> [String] {
    let choices = quickChoices(index)
    let count = strategy?.reflectionQuestions.count ?? 0
    return ["Reflection, question \(index + 1) of \(count): choose a quick answer."]
      + choices.lines + [choices.instruction]
  }

  mutating func answerQuickChoice(_ index: Int, _ line: String) -> [Effect] {
    let choices = quickChoices(index)
    guard let question = strategy?.reflectionQuestions[safe: index] else { return ask(.steps) }
    guard let choice = choices.value(for: line) else { return refuse(line, choices.instruction) }
    let effects = changeSession { $0.setReflectionChoice(choice, questionID: question.id) }
    return effects + ask(.reflection(question: index))
  }
}
