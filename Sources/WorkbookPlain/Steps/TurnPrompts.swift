import WorkbookCore
import WorkbookWorkflow

/// A person's private turn: the hand-over pause, one prompt per item, the check, the
/// confirmation. Before and after a turn in a workshop, the screen is cleared so that nobody
/// reads the person before's answers; the workflow decides where each turn starts.
extension PlainState {
  /// Starts the turn of the person with this id, as the workflow says it starts.
  mutating func startTurn(_ id: String) -> [Effect] {
    guard let session, let strategy, let start = session.turnStart(id, strategy: strategy) else {
      return ask(.scores)
    }
    return show(start, id)
  }

  private mutating func show(_ start: TurnStart, _ id: String) -> [Effect] {
    switch start {
    case .startAgainFromBlank: return ask(.confirmRestart(participantID: id))
    case .handOver:
      privacyBreak()
      return ask(.handOver(participantID: id))
    case .scoring(let item): return ask(.scoring(participantID: id, item: item))
    }
  }

  private func name(_ id: String) -> String {
    Shown.field(session?.participant(id: id)?.name ?? "")
  }

  func restartLines(_ id: String) -> [String] {
    [
      messages(.plainRestartQuestion, name(id)), "  1. " + messages(.plainRestartYes),
      "  2. " + messages(.plainRestartNo), messages(.plainTypeOneOrTwo),
    ]
  }

  mutating func answerRestart(_ id: String, _ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1":
      let effects = changeSession { $0.clearTurn(id) }
      return effects + startTurn(id)
    case "2": return ask(.scores)
    default: return refuse(line, messages(.plainTypeOneOrTwo))
    }
  }

  func handOverLines(_ id: String) -> [String] {
    [messages(.plainHandOver, name(id)), messages(.plainHandOverEnter, name(id))]
  }

  mutating func answerHandOver(_ id: String, _ line: String) -> [Effect] {
    guard let session, let strategy else { return [] }
    return show(session.turnAfterHandOver(id, strategy: strategy), id)
  }

  func scoringLines(_ id: String, item index: Int) -> [String] {
    guard let session, let strategy, let item = strategy.scoreItems[safe: index] else { return [] }
    let scale = strategy.scale
    var lines = [
      messages(
        .plainScoringItem, name(id), index + 1, strategy.scoreItems.count,
        Shown.field(item.title))
    ]
    lines += Shown.lines(item.question)
    lines.append(messages(.plainScaleMeans, scale.minimum, Shown.field(item.lowMeaning)))
    lines.append(messages(.plainScaleMeans, scale.maximum, Shown.field(item.highMeaning)))
    for value in scale.values {
      if let label = scale.labels[value] { lines.append("  \(value): \(Shown.field(label))") }
    }
    if let answer = session.answer(of: id, item: index, strategy: strategy) {
      lines.append(messages(.plainAnswerNow, messages.answer(answer)))
    }
    lines.append(messages(.plainScoringInstruction, scale.minimum, scale.maximum))
    return lines
  }

  mutating func answerScoring(_ id: String, item: Int, _ line: String) -> [Effect] {
    guard let session, let strategy else { return [] }
    let count = strategy.scoreItems.count
    let next: PlainPrompt =
      item + 1 < count ? .scoring(participantID: id, item: item + 1) : .review(participantID: id)
    switch line.trimmingSpaces().lowercased() {
    case "":
      if session.answer(of: id, item: item, strategy: strategy) == nil {
        say(messages(.plainItemSkipped, item + 1))
      }
      return ask(next)
    case "b":
      return ask(.scoring(participantID: id, item: max(0, item - 1)))
    case "q":
      return leaveTurn()
    default:
      guard let answer = ScoreAnswer(token: line, scale: strategy.scale.values) else {
        return refuse(
          line, messages(.plainScoringRefused, strategy.scale.minimum, strategy.scale.maximum))
      }
      let effects = changeSession {
        $0.record(answer, participantID: id, item: item, strategy: strategy)
      }
      return effects + ask(next)
    }
  }

  func reviewLines(_ id: String) -> [String] {
    guard let session, let strategy else { return [] }
    var lines = [messages(.plainReviewHeading, name(id))]
    for (index, item) in strategy.scoreItems.enumerated() {
      let answer = session.answer(of: id, item: index, strategy: strategy)
      lines.append(
        "  "
          + messages(
            .plainReviewItem, index + 1, Shown.field(item.title), messages.answer(answer)))
    }
    return lines + [
      "  1. " + messages(.plainConfirmScores), "  2. " + messages(.plainBackToItems),
      messages(.plainTypeOneOrTwo),
    ]
  }

  mutating func answerReview(_ id: String, _ line: String) -> [Effect] {
    guard let session, let strategy else { return [] }
    switch line.trimmingSpaces() {
    case "1":
      if session.finishingHasGaps(id, strategy: strategy) {
        return ask(.confirmGaps(participantID: id))
      }
      return finish(id)
    case "2": return ask(.scoring(participantID: id, item: 0))
    default: return refuse(line, messages(.plainTypeOneOrTwo))
    }
  }

  func gapLines(_ id: String) -> [String] {
    guard let session, let strategy else { return [] }
    let gaps = session.participant(id: id)?.unansweredItems(of: strategy) ?? []
    let titles = messages.joinedWithSemicolons(gaps.map { Shown.field($0.title) })
    return [
      messages(.plainGapsQuestion, name(id), gaps.count, titles),
      "  1. " + messages(.plainConfirmWithGaps), "  2. " + messages(.plainBackToFirstGap),
      messages(.plainTypeOneOrTwo),
    ]
  }

  mutating func answerGaps(_ id: String, _ line: String) -> [Effect] {
    guard let session, let strategy else { return [] }
    switch line.trimmingSpaces() {
    case "1": return finish(id)
    case "2":
      return ask(
        .scoring(participantID: id, item: session.firstUnanswered(id, strategy: strategy)))
    default: return refuse(line, messages(.plainTypeOneOrTwo))
    }
  }

  /// The person confirms: saved, and in a workshop before the reveal the screen is cleared before
  /// anything else shows.
  private mutating func finish(_ id: String) -> [Effect] {
    // Their own name, even in an anonymous session: the room must not tie a label to them.
    let name = name(id)
    var finished = TurnFinish.visible
    let effects = changeSession { finished = $0.finishTurn(id) }
    if finished == .hidden {
      privacyBreak()
      say(messages(.plainThanksHidden, name))
    } else {
      say(messages(.plainThanks, name))
    }
    return effects + ask(.scores)
  }

  /// q during a turn: the answers given are kept; before the reveal the screen is cleared.
  private mutating func leaveTurn() -> [Effect] {
    if session?.scoresHidden == true {
      privacyBreak()
      say(messages(.plainTurnLeftHidden))
    } else {
      say(messages(.plainTurnLeft))
    }
    return ask(.scores)
  }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
