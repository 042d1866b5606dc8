import WorkbookCore
import WorkbookWorkflow

/// The steps of the open session, numbered, with how far each has come (people who have scored,
/// never their scores).
extension PlainState {
  /// A workshop step (the workflow's, in its order), or leaving the session.
  enum StepChoice {
    case step(Step)
    case close
    case quit
  }

  var stepChoices: NumberedChoices<StepChoice> {
    var choices = NumberedChoices<StepChoice>()
    guard let session, let strategy else { return choices }
    let progress = SessionProgress(session: session, strategy: strategy)
    for step in Step.allCases {
      choices.add(stepLine(step, session: session, progress: progress), .step(step))
    }
    choices.add(messages(.plainCloseSession), .close)
    choices.add(messages(.plainQuit), .quit)
    return choices
  }

  /// "Scores (2 of 3 have scored, …)"; the Overview says what it is, the Export reads as an
  /// action ("Export to a file").
  private func stepLine(_ step: Step, session: Session, progress: SessionProgress) -> String {
    let name = messages(step.titleKey)
    switch step {
    case .overview: return messages(.plainStepOverview, name)
    case .scores:
      if session.mode == .solo {
        return session.scoresRevealed
          ? messages(.plainStepScoresSoloScored, name)
          : messages(.plainStepScoresSoloNotScored, name)
      }
      return messages(
        session.scoresRevealed ? .plainStepScoresRevealed : .plainStepScoresHidden, name,
        progress.scores.completed, progress.scores.total)
    case .reflection:
      return messages(
        .plainStepReflection, name, progress.reflection.completed, progress.reflection.total)
    case .recommendations:
      return messages(
        .plainStepRecommendations, name, progress.recommendations.completed,
        progress.recommendations.total)
    case .plan: return messages(.plainStepPlan, name, session.plan.count)
    case .export: return messages(.plainStepExport, name)
    }
  }

  func stepLines() -> [String] {
    let choices = stepChoices
    let title = session.map { Shown.field($0.title) } ?? ""
    return [messages(.plainChooseStep, title)] + choices.lines + [choices.instruction(messages)]
  }

  mutating func answerSteps(_ line: String) -> [Effect] {
    let choices = stepChoices
    switch choices.value(for: line) {
    case .step(.overview)?: return ask(.overview)
    case .step(.scores)?: return ask(.scores)
    case .step(.reflection)?: return ask(.reflection(question: 0))
    case .step(.recommendations)?: return ask(.recommendations)
    case .step(.plan)?: return ask(.plan)
    case .step(.export)?: return ask(.export)
    case .close?:
      session = nil
      strategy = nil
      prompt = .waiting
      return [.loadSessionList]
    case .quit?:
      return leave()
    case nil:
      return refuse(line, choices.instruction(messages))
    }
  }

  func overviewLines() -> [String] {
    guard let session, let strategy else { return [] }
    var lines = [messages(.plainOverviewOf, Shown.field(session.title))]
    lines.append(messages(.plainOverviewStrategy, Shown.field(strategy.title)))
    lines += Shown.lines(strategy.introduction)
    let names = session.participants.map { Shown.field(session.displayName(of: $0)) }
    lines.append(
      session.mode == .solo
        ? messages(.plainOverviewSolo, names.joined(separator: ", "))
        : messages(.plainOverviewWorkshop, names.count, names.joined(separator: ", ")))
    lines.append(messages(.plainOverviewSteps))
    lines.append(
      messages(
        .plainOverviewSource, Shown.field(strategy.source.url),
        Shown.field(strategy.source.licence)))
    lines.append(messages(.plainFacilitatorNotes))
    lines += indented(session.facilitatorNotes)
    return lines + [
      "  1. " + messages(.plainWriteFacilitatorNotes), "  2. " + messages(.plainBackToSteps),
      messages(.plainTypeOneOrTwo),
    ]
  }

  mutating func answerOverview(_ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1": return startText(.facilitatorNotes, then: .overview)
    case "2": return ask(.steps)
    default: return refuse(line, messages(.plainTypeOneOrTwo))
    }
  }
}
