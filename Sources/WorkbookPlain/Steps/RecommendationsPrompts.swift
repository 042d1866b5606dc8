import WorkbookCore
import WorkbookWorkflow

/// The Recommendations step: every recommendation numbered under its heading, in the content's
/// order so that a number means the same recommendation in every session and every script; once
/// the scores are revealed, a heading says when its area scored low or split the team. Then one
/// recommendation at a time: its mark, note, priority, plan row.
extension PlainState {
  /// The recommendations in the order listed, with their groups.
  private var listedRecommendations: [(group: RecommendationGroup, index: Int)] {
    guard let strategy else { return [] }
    var index = -1
    return strategy.recommendationGroups.flatMap { group in
      group.recommendations.map { _ in
        index += 1
        return (group, index)
      }
    }
  }

  func recommendationsLines() -> [String] {
    guard let session, let strategy else { return [] }
    let listed = listedRecommendations
    var lines = [
      "Recommendations: \(listed.count), under \(strategy.recommendationGroups.count) headings."
    ]
    let analysis =
      session.scoresRevealed ? ScoreAnalysis(session: session, strategy: strategy) : nil
    var heading: String?
    for (number, entry) in listed.enumerated() {
      if entry.group.id != heading {
        heading = entry.group.id
        lines.append("\(Shown.field(entry.group.title))\(weakness(of: entry.group, analysis)):")
      }
      let recommendation = strategy.recommendations[entry.index]
      let review = session.review(of: recommendation.id)
      lines.append(
        "  \(number + 1). [\(review.status.label)] "
          + Shown.field(Session.firstSentence(of: recommendation.text)))
    }
    lines.append("  \(listed.count + 1). Back to the steps")
    lines.append(
      "Type a recommendation's number to mark it, write its note or add it to the plan, or "
        + "\(listed.count + 1) to go back; then Enter.")
    return lines
  }

  /// " (a weak area: its scores were low and split the team)", or nothing; only once revealed.
  private func weakness(of group: RecommendationGroup, _ analysis: ScoreAnalysis?) -> String {
    guard let analysis, let strategy else { return "" }
    let weakness = GroupWeakness(of: group, analysis: analysis, strategy: strategy)
    guard weakness.isWeak else { return "" }
    let reasons = weakness.tags.map { $0 == "low" ? "were low" : "split the team" }
    return " (a weak area: its scores \(reasons.joined(separator: " and ")))"
  }

  mutating func answerRecommendations(_ line: String) -> [Effect] {
    let listed = listedRecommendations
    guard let number = Int(line.trimmingSpaces()), (1...listed.count + 1).contains(number) else {
      return refuse(line, "Type a number from 1 to \(listed.count + 1), then Enter.")
    }
    if number == listed.count + 1 { return ask(.steps) }
    return ask(.recommendation(index: listed[number - 1].index))
  }

  enum RecommendationChoice {
    case mark(ReviewStatus)
    case note
    case priority
    case addToPlan
    case list
  }

  private func recommendationChoices(_ index: Int) -> NumberedChoices<RecommendationChoice> {
    var choices = NumberedChoices<RecommendationChoice>()
    let current = strategy?.recommendations[safe: index].map { session?.review(of: $0.id).status }
    for status in ReviewStatus.allCases where status != .notReviewed {
      choices.add(
        current == status
          ? "\(status.label) (its mark now: choosing it takes it back)" : status.label,
        .mark(status))
    }
    choices.add("Write the note (it replaces the one above)", .note)
    choices.add("Change the priority (none, high, medium, low in turn)", .priority)
    choices.add("Add it to the plan as a row", .addToPlan)
    choices.add("Back to the list", .list)
    return choices
  }

  func recommendationLines(_ index: Int) -> [String] {
    guard let session, let strategy, let recommendation = strategy.recommendations[safe: index]
    else { return [] }
    let review = session.review(of: recommendation.id)
    let group = strategy.group(containing: recommendation.id)
    var lines = [
      "Recommendations, \(index + 1) of \(strategy.recommendations.count)"
        + (group.map { ", under “\(Shown.field($0.title))”:" } ?? ":")
    ]
    lines += Shown.lines(recommendation.text)
    lines.append(
      "Mark: \(review.status.label). Priority: \(review.priority?.label ?? "none").")
    if let row = session.plan.firstIndex(where: { $0.recommendationID == recommendation.id }) {
      lines.append("In the plan as row \(row + 1).")
    }
    lines.append("Note:")
    lines += Shown.indented(review.note)
    let choices = recommendationChoices(index)
    return lines + choices.lines + [choices.instruction]
  }

  mutating func answerRecommendation(_ index: Int, _ line: String) -> [Effect] {
    let choices = recommendationChoices(index)
    guard let strategy, let recommendation = strategy.recommendations[safe: index] else {
      return ask(.recommendations)
    }
    let id = recommendation.id
    switch choices.value(for: line) {
    case .mark(let status)?:
      let effects = changeSession { $0.toggleStatus(status, recommendationID: id) }
      say("Marked: \(session?.review(of: id).status.label ?? "").")
      return effects + ask(.recommendations)
    case .note?:
      return startText(
        .recommendationNote(recommendationID: id), then: .recommendation(index: index))
    case .priority?:
      let effects = changeSession { $0.cyclePriority(recommendationID: id) }
      return effects + ask(.recommendation(index: index))
    case .addToPlan?:
      var addition = PlanAddition.added(row: 0)
      let effects = changeSession {
        addition = $0.addPlanRow(for: recommendation, strategy: strategy)
      }
      switch addition {
      case .added(let row): say("Added to the plan as row \(row), linked to this recommendation.")
      case .alreadyInPlan(let row): say("Already in the plan as row \(row); nothing added.")
      }
      return effects + ask(.recommendation(index: index))
    case .list?: return ask(.recommendations)
    case nil: return refuse(line, choices.instruction)
    }
  }
}
