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
      "Scores: \(name(id)) has scored already, and the scores are hidden. Start \(name(id))'s "
        + "turn again from a blank form? Their answers are cleared.",
      "  1. Yes, clear them and start again", "  2. No, keep them",
      "Type 1 or 2, then Enter.",
    ]
  }

  mutating func answerRestart(_ id: String, _ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1":
      let effects = changeSession { $0.clearTurn(id) }
      return effects + startTurn(id)
    case "2": return ask(.scores)
    default: return refuse(line, "Type 1 or 2, then Enter.")
    }
  }

  func handOverLines(_ id: String) -> [String] {
    [
      "Scores: hand the keyboard to \(name(id)).",
      "\(name(id)), press Enter when you have it. Your answers stay private until the reveal.",
    ]
  }

  mutating func answerHandOver(_ id: String, _ line: String) -> [Effect] {
    guard let session, let strategy else { return [] }
    return show(session.turnAfterHandOver(id, strategy: strategy), id)
  }

  func scoringLines(_ id: String, item index: Int) -> [String] {
    guard let session, let strategy, let item = strategy.scoreItems[safe: index] else { return [] }
    let scale = strategy.scale
    var lines = [
      "\(name(id))'s turn, item \(index + 1) of \(strategy.scoreItems.count): "
        + "\(Shown.field(item.title))."
    ]
    lines += Shown.lines(item.question)
    lines.append("\(scale.minimum) means: \(Shown.field(item.lowMeaning))")
    lines.append("\(scale.maximum) means: \(Shown.field(item.highMeaning))")
    for value in scale.values {
      if let label = scale.labels[value] { lines.append("  \(value): \(Shown.field(label))") }
    }
    if let answer = session.answer(of: id, item: index, strategy: strategy) {
      lines.append("Your answer now: \(Self.describe(answer)).")
    }
    lines.append(
      "Type \(scale.minimum) to \(scale.maximum), ? for don't know or na for not applicable, then "
        + "Enter. Enter alone keeps the answer and goes on (or skips the item); b goes back an "
        + "item; q leaves the turn (answers kept).")
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
        say("Item \(item + 1) skipped; b goes back to it.")
      }
      return ask(next)
    case "b":
      return ask(.scoring(participantID: id, item: max(0, item - 1)))
    case "q":
      return leaveTurn()
    default:
      guard let answer = ScoreAnswer(token: line, scale: strategy.scale.values) else {
        return refuse(
          line,
          "Type \(strategy.scale.minimum) to \(strategy.scale.maximum), ?, na, b or q, or Enter "
            + "alone.")
      }
      let effects = changeSession {
        $0.record(answer, participantID: id, item: item, strategy: strategy)
      }
      return effects + ask(next)
    }
  }

  func reviewLines(_ id: String) -> [String] {
    guard let session, let strategy else { return [] }
    var lines = ["\(name(id))'s turn, check your answers:"]
    for (index, item) in strategy.scoreItems.enumerated() {
      let answer = session.answer(of: id, item: index, strategy: strategy)
      lines.append(
        "  Item \(index + 1), \(Shown.field(item.title)): "
          + (answer.map(Self.describe) ?? "not answered"))
    }
    return lines + [
      "  1. Confirm my scores", "  2. Go back to the items", "Type 1 or 2, then Enter.",
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
    default: return refuse(line, "Type 1 or 2, then Enter.")
    }
  }

  func gapLines(_ id: String) -> [String] {
    guard let session, let strategy else { return [] }
    let gaps = session.participant(id: id)?.unansweredItems(of: strategy) ?? []
    let titles = gaps.map { Shown.field($0.title) }.joined(separator: "; ")
    return [
      "\(name(id))'s turn: \(gaps.count) item\(gaps.count == 1 ? " is" : "s are") not answered "
        + "(\(titles)). Confirm anyway?",
      "  1. Confirm with the gaps", "  2. Back to the first item not answered",
      "Type 1 or 2, then Enter.",
    ]
  }

  mutating func answerGaps(_ id: String, _ line: String) -> [Effect] {
    guard let session, let strategy else { return [] }
    switch line.trimmingSpaces() {
    case "1": return finish(id)
    case "2":
      return ask(
        .scoring(participantID: id, item: session.firstUnanswered(id, strategy: strategy)))
    default: return refuse(line, "Type 1 or 2, then Enter.")
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
      say("Thank you, \(name). Your scores are saved and hidden. Hand the keyboard back.")
    } else {
      say("Thank you, \(name). Your scores are saved.")
    }
    return effects + ask(.scores)
  }

  /// q during a turn: the answers given are kept; before the reveal the screen is cleared.
  private mutating func leaveTurn() -> [Effect] {
    if session?.scoresHidden == true {
      privacyBreak()
      say("The turn is left; the answers given so far are saved and hidden.")
    } else {
      say("The turn is left; the answers given so far are saved.")
    }
    return ask(.scores)
  }

  static func describe(_ answer: ScoreAnswer) -> String { ResultsText.describe(answer) }
}

extension Array {
  subscript(safe index: Int) -> Element? {
    indices.contains(index) ? self[index] : nil
  }
}
