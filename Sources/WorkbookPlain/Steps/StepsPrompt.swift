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
    let scored =
      session.mode == .solo
      ? (session.scoresRevealed ? "scored" : "not scored yet")
      : "\(progress.scores.completed) of \(progress.scores.total) have scored, "
        + (session.scoresRevealed ? "revealed" : "hidden until the reveal")
    for step in Step.allCases {
      let what =
        switch step {
        case .overview: "what this session is about"
        case .scores: scored
        case .reflection:
          "\(progress.reflection.completed) of \(progress.reflection.total) answered"
        case .recommendations:
          "\(progress.recommendations.completed) of \(progress.recommendations.total) marked"
        case .plan: "\(session.plan.count) row\(session.plan.count == 1 ? "" : "s")"
        case .export: "to a file"
        }
      choices.add(Self.stepLine(step, what), .step(step))
    }
    choices.add("Close this session (back to the list of sessions)", .close)
    choices.add("Quit", .quit)
    return choices
  }

  /// "Scores (2 of 3 have scored, …)"; the Overview says what it is, the Export reads as an
  /// action ("Export to a file").
  private static func stepLine(_ step: Step, _ what: String) -> String {
    switch step {
    case .overview: "\(step.title): \(what)"
    case .export: "\(step.title) \(what)"
    default: "\(step.title) (\(what))"
    }
  }

  func stepLines() -> [String] {
    let choices = stepChoices
    let title = session.map { Shown.field($0.title) } ?? ""
    return ["Session “\(title)”: choose a step."] + choices.lines + [choices.instruction]
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
      return refuse(line, choices.instruction)
    }
  }

  func overviewLines() -> [String] {
    guard let session, let strategy else { return [] }
    var lines = ["Overview of “\(Shown.field(session.title))”."]
    lines.append("Strategy: \(Shown.field(strategy.title)).")
    lines += Shown.lines(strategy.introduction)
    let names = session.participants.map { Shown.field(session.displayName(of: $0)) }
    lines.append(
      session.mode == .solo
        ? "Solo session: \(names.joined(separator: ", "))."
        : "Workshop of \(names.count): \(names.joined(separator: ", ")).")
    lines.append(
      "Steps: score each item in private, reveal, reflect, mark the recommendations, write the "
        + "plan, export.")
    lines.append(
      "Source: \(Shown.field(strategy.source.url)) (\(Shown.field(strategy.source.licence))).")
    lines.append("Facilitator notes:")
    lines += Shown.indented(session.facilitatorNotes)
    return lines + [
      "  1. Write the facilitator notes (they replace the ones above)", "  2. Back to the steps",
      "Type 1 or 2, then Enter.",
    ]
  }

  mutating func answerOverview(_ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1": return startText(.facilitatorNotes, then: .overview)
    case "2": return ask(.steps)
    default: return refuse(line, "Type 1 or 2, then Enter.")
    }
  }
}
