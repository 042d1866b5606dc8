import WorkbookCore
import WorkbookWorkflow

/// The steps of the open session, numbered, with how far each has come (people who have scored,
/// never their scores).
extension PlainState {
  enum StepChoice {
    case overview
    case scores
    case reflection
    case recommendations
    case plan
    case export
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
    choices.add("Overview: what this session is about", .overview)
    choices.add("Scores (\(scored))", .scores)
    choices.add(
      "Reflection (\(progress.reflection.completed) of \(progress.reflection.total) answered)",
      .reflection)
    choices.add(
      "Recommendations (\(progress.recommendations.completed) of "
        + "\(progress.recommendations.total) marked)", .recommendations)
    choices.add("Plan (\(session.plan.count) row\(session.plan.count == 1 ? "" : "s"))", .plan)
    choices.add("Export to a file", .export)
    choices.add("Close this session (back to the list of sessions)", .close)
    choices.add("Quit", .quit)
    return choices
  }

  func stepLines() -> [String] {
    let choices = stepChoices
    let title = session.map { Shown.field($0.title) } ?? ""
    return ["Session “\(title)”: choose a step."] + choices.lines + [choices.instruction]
  }

  mutating func answerSteps(_ line: String) -> [Effect] {
    let choices = stepChoices
    switch choices.value(for: line) {
    case .overview?: return ask(.overview)
    case .scores?: return ask(.scores)
    case .reflection?: return ask(.reflection(question: 0))
    case .recommendations?: return ask(.recommendations)
    case .plan?: return ask(.plan)
    case .export?: return ask(.export)
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
