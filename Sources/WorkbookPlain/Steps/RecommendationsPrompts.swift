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
      messages(
        .plainRecommendationsHeading, listed.count, strategy.recommendationGroups.count)
    ]
    let analysis =
      session.scoresRevealed ? ScoreAnalysis(session: session, strategy: strategy) : nil
    var heading: String?
    for (number, entry) in listed.enumerated() {
      if entry.group.id != heading {
        heading = entry.group.id
        lines.append(groupHeading(entry.group, analysis))
      }
      let recommendation = strategy.recommendations[entry.index]
      let review = session.review(of: recommendation.id)
      lines.append(
        "  \(number + 1). [\(messages.status(review.status))] "
          + Shown.field(Session.firstSentence(of: recommendation.text)))
    }
    lines.append("  \(listed.count + 1). " + messages(.plainBackToSteps))
    lines.append(messages(.plainRecommendationsInstruction, listed.count + 1))
    return lines
  }

  /// "Gatherings (a weak area: its scores were low and split the team):", the weakness said only
  /// once revealed.
  private func groupHeading(_ group: RecommendationGroup, _ analysis: ScoreAnalysis?) -> String {
    let title = Shown.field(group.title)
    guard let analysis, let strategy else { return messages(.plainGroup, title) }
    let tags = GroupWeakness(of: group, analysis: analysis, strategy: strategy).tags
    let key: MessageKey =
      switch (tags.contains("low"), tags.contains("split")) {
      case (true, true): .plainGroupWeakBoth
      case (true, false): .plainGroupWeakLow
      case (false, true): .plainGroupWeakSplit
      case (false, false): .plainGroup
      }
    return messages(key, title)
  }

  mutating func answerRecommendations(_ line: String) -> [Effect] {
    let listed = listedRecommendations
    guard let number = Int(line.trimmingSpaces()), (1...listed.count + 1).contains(number) else {
      return refuse(line, messages(.plainTypeNumber, listed.count + 1))
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
      let label = messages.status(status)
      choices.add(current == status ? messages(.plainMarkNow, label) : label, .mark(status))
    }
    choices.add(messages(.plainWriteNote), .note)
    choices.add(messages(.plainChangePriority), .priority)
    choices.add(messages(.plainAddToPlan), .addToPlan)
    choices.add(messages(.plainBackToList), .list)
    return choices
  }

  func recommendationLines(_ index: Int) -> [String] {
    guard let session, let strategy, let recommendation = strategy.recommendations[safe: index]
    else { return [] }
    let review = session.review(of: recommendation.id)
    let group = strategy.group(containing: recommendation.id)
    let count = strategy.recommendations.count
    var lines = [
      group.map {
        messages(.plainRecommendationHeadingGroup, index + 1, count, Shown.field($0.title))
      } ?? messages(.plainRecommendationHeading, index + 1, count)
    ]
    lines += Shown.lines(recommendation.text)
    lines.append(
      messages(
        .plainMarkPriority, messages.status(review.status), messages.priority(review.priority)))
    if let row = session.plan.firstIndex(where: { $0.recommendationID == recommendation.id }) {
      lines.append(messages(.plainInPlanAsRow, row + 1))
    }
    lines.append(messages(.plainNote))
    lines += indented(review.note)
    let choices = recommendationChoices(index)
    return lines + choices.lines + [choices.instruction(messages)]
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
      say(messages(.plainMarked, messages.status(session?.review(of: id).status ?? .notReviewed)))
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
      case .added(let row): say(messages(.plainAddedToPlan, row))
      case .alreadyInPlan(let row): say(messages(.plainAlreadyInPlan, row))
      }
      return effects + ask(.recommendation(index: index))
    case .list?: return ask(.recommendations)
    case nil: return refuse(line, choices.instruction(messages))
    }
  }
}
