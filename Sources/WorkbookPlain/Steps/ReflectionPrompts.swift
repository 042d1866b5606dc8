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
      session?.mode == .solo
        ? messages(.plainWriteAnswerSolo) : messages(.plainWriteAnswerTeam), .write)
    if questions[safe: index]?.quickChoice != nil {
      choices.add(messages(.plainChooseQuickAnswer), .quickChoice)
    }
    if index + 1 < questions.count { choices.add(messages(.plainNextQuestion), .next) }
    if index > 0 { choices.add(messages(.plainPreviousQuestion), .previous) }
    choices.add(messages(.plainBackToSteps), .back)
    return choices
  }

  func reflectionLines(_ index: Int) -> [String] {
    guard let session, let strategy, let question = strategy.reflectionQuestions[safe: index] else {
      return [messages(.plainReflectionNone)]
    }
    let count = strategy.reflectionQuestions.count
    var lines = [messages(.plainReflectionQuestion, index + 1, count)]
    lines += Shown.lines(question.text)
    if question.aboutScores {
      lines.append(
        session.scoresHidden
          ? messages(.plainAboutHiddenScores) : messages(.plainAboutRevealedScores))
    }
    let answer = session.reflection[question.id] ?? ReflectionAnswer()
    if let options = question.quickChoice?.options {
      let chosen = options.first { $0.id == answer.choice }
      lines.append(
        chosen.map { messages(.plainQuickAnswer, Shown.field($0.label)) }
          ?? messages(.plainQuickAnswerNone))
    }
    lines.append(messages(.plainAnswer))
    lines += indented(answer.text)
    let choices = reflectionChoices(index)
    return lines + choices.lines + [choices.instruction(messages)]
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
    case nil: return refuse(line, choices.instruction(messages))
    }
  }

  private func quickChoices(_ index: Int) -> NumberedChoices<String?> {
    var choices = NumberedChoices<String?>()
    for option in strategy?.reflectionQuestions[safe: index]?.quickChoice?.options ?? [] {
      choices.add(Shown.field(option.label), option.id)
    }
    choices.add(messages(.plainNoQuickAnswer), nil)
    return choices
  }

  func quickChoiceLines(_ index: Int) -> [String] {
    let choices = quickChoices(index)
    let count = strategy?.reflectionQuestions.count ?? 0
    return [messages(.plainQuickAnswerQuestion, index + 1, count)]
      + choices.lines + [choices.instruction(messages)]
  }

  mutating func answerQuickChoice(_ index: Int, _ line: String) -> [Effect] {
    let choices = quickChoices(index)
    guard let question = strategy?.reflectionQuestions[safe: index] else { return ask(.steps) }
    guard let choice = choices.value(for: line) else {
      return refuse(line, choices.instruction(messages))
    }
    let effects = changeSession { $0.setReflectionChoice(choice, questionID: question.id) }
    return effects + ask(.reflection(question: index))
  }
}
