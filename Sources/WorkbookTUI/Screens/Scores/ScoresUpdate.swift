import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updateScores(_ action: ScoresAction) -> [Effect] {
    guard let workbook else { return [] }
    let session = workbook.session
    let itemCount = workbook.strategy.scoreItems.count
    var scores = workbook.scores
    let turnBefore = scores.participantInTurn
    defer {
      // The session may have changed through `changeSession` meanwhile: write back only the step.
      self.workbook?.scores = scores
      // What a person did in their turn cannot be undone by whoever comes next.
      if turnBefore != nil, scores.participantInTurn != turnBefore { history.clear() }
    }
    switch (action, scores.phase) {
    case (.moveUp, .main) where session.scoresRevealed:
      scores.resultSelection = max(0, scores.resultSelection - 1)
    case (.moveDown, .main) where session.scoresRevealed:
      scores.resultSelection = max(0, min(itemCount - 1, scores.resultSelection + 1))
    case (.moveUp, .main), (.moveUp, .choosingScorer):
      scores.scorerSelection = max(0, scores.scorerSelection - 1)
    case (.moveDown, .main), (.moveDown, .choosingScorer):
      scores.scorerSelection = max(
        0, min(session.participants.count - 1, scores.scorerSelection + 1))
    case (.moveUp, .scoring(let id, let item)), (.moveDown, .scoring(let id, let item)):
      moveHighlight(up: action == .moveUp, id: id, item: item, scores: &scores)

    case (.choose, .main) where !session.scoresRevealed, (.choose, .choosingScorer):
      guard let participant = session.participants[safe: scores.scorerSelection] else { return [] }
      startTurn(participant.id, scores: &scores)
    case (.confirmRestart, .confirmingRestart(let id)):
      let effects = changeSession { session in
        guard let index = session.participants.firstIndex(where: { $0.id == id }) else { return }
        session.participants[index].scores = [:]
        session.participants[index].finishedScoring = false
      }
      startTurn(id, scores: &scores)
      return effects
    case (.cancelRestart, .confirmingRestart):
      scores.phase = .main
    case (.beginTurn, .privacy(let id)):
      // Undo on the privacy screen can bring back a finished person's answers: ask again.
      if mustStartAgain(id) {
        scores.phase = .confirmingRestart(participantID: id)
      } else {
        beginScoring(id, scores: &scores)
      }

    case (.answer(let answer), .scoring(let id, let item)):
      scores.highlight = nil
      return record(answer, participantID: id, item: item)
    case (.takeChoice, .scoring(let id, let item)), (.nextItem, .scoring(let id, let item)):
      let recorded = answer(of: id, item: item)
      let chosen = scores.highlight ?? recorded
      if chosen == nil {
        guard action == .nextItem else {
          message = StatusMessage("Choose 1–5, ? or n to answer; → skips it")
          return []
        }
        message = StatusMessage("Item \(item + 1) skipped; ← goes back to it.")
      }
      scores.highlight = nil
      scores.phase =
        item + 1 < itemCount
        ? .scoring(participantID: id, item: item + 1) : .review(participantID: id)
      guard let chosen, chosen != recorded else { return [] }
      return record(chosen, participantID: id, item: item)
    case (.previousItem, .scoring(let id, let item)) where item > 0:
      scores.highlight = nil
      scores.phase = .scoring(participantID: id, item: item - 1)
    case (.previousItem, .review(let id)):
      scores.phase = .scoring(participantID: id, item: max(0, itemCount - 1))
    case (.previousItem, .confirmingGaps(let id)):
      scores.phase = .scoring(participantID: id, item: firstUnanswered(id))

    case (.confirm, .review(let id)) where unanswered(id) > 0:
      scores.phase = .confirmingGaps(participantID: id)
    case (.confirm, .review(let id)), (.confirm, .confirmingGaps(let id)):
      // The person's own name, even in an anonymous session: their label must not be tied to
      // them in front of the room.
      let name = workbook.participant(id: id)?.name ?? ""
      scores.phase = .main
      let effects = changeSession { session in
        guard let index = session.participants.firstIndex(where: { $0.id == id }) else { return }
        session.participants[index].finishedScoring = true
        if session.mode == .solo { session.scoresRevealed = true }
      }
      if let next = self.workbook?.session.participants.firstIndex(where: { !$0.finishedScoring }) {
        scores.scorerSelection = next
      }
      if session.mode == .workshop && !session.scoresRevealed {
        message = StatusMessage(
          "Thank you, \(name). Your scores are saved and hidden.")
      }
      return effects
    case (.otherKey, .scoring):
      message = StatusMessage("Unused key: 1–5, ? or n answer; Enter next")
    case (.otherKey, .review), (.otherKey, .confirmingGaps):
      message = StatusMessage("Unused key: Enter confirms; ← goes back")

    case (.back, .main):
      return updateSteps(.close)
    case (.back, _):
      scores.phase = .main
      scores.highlight = nil
    case (.reveal, .main) where session.scoresHidden:
      scores.phase = .confirmingReveal
    case (.confirmReveal, .confirmingReveal):
      scores.phase = .main
      scores.resultSelection = 0
      return changeSession { $0.scoresRevealed = true }
    case (.cancelReveal, .confirmingReveal):
      scores.phase = .main
    case (.rescore, .main) where session.scoresRevealed:
      if session.mode == .solo, let only = session.participants.first {
        scores.phase = .scoring(participantID: only.id, item: 0)
        scores.highlight = nil
        history.clear()
      } else {
        scores.phase = .choosingScorer
      }
    default:
      break
    }
    return []
  }

  /// Enter on a person: before the reveal, someone who has already scored is asked about first,
  /// so that nothing of their answers shows; otherwise the privacy screen in a workshop, the
  /// items at once alone.
  private mutating func startTurn(_ id: String, scores: inout ScoresState) {
    if mustStartAgain(id) {
      scores.phase = .confirmingRestart(participantID: id)
    } else if workbook?.session.mode == .solo {
      beginScoring(id, scores: &scores)
    } else {
      scores.phase = .privacy(participantID: id)
    }
  }

  /// Whether the person has confirmed scores that are still hidden (a workshop before the
  /// reveal): then their turn can only start again from a blank form. A solo session's scores are
  /// its one person's own, never hidden from them.
  private func mustStartAgain(_ id: String) -> Bool {
    guard let workbook, let participant = workbook.participant(id: id) else { return false }
    return participant.finishedScoring && workbook.session.scoresHidden
  }

  /// The person has the keyboard: their first item not answered, with nobody's changes to undo.
  private mutating func beginScoring(_ id: String, scores: inout ScoresState) {
    history.clear()
    scores.highlight = nil
    scores.phase = .scoring(participantID: id, item: firstUnanswered(id))
  }

  /// ↑↓ while scoring: the highlight moves among the choices, starting from the recorded answer,
  /// or from either end when there is none. Nothing is recorded until Enter.
  private func moveHighlight(up: Bool, id: String, item: Int, scores: inout ScoresState) {
    guard let choices = workbook?.strategy.scale.choices else { return }
    let recorded = answer(of: id, item: item)
    let index: Int
    if let current = scores.highlight ?? recorded, let at = choices.firstIndex(of: current) {
      index = up ? max(0, at - 1) : min(choices.count - 1, at + 1)
    } else {
      index = up ? choices.count - 1 : 0
    }
    scores.highlight = choices[index] == recorded ? nil : choices[index]
  }

  /// Stores a person's answer to an item, as one change that is saved.
  private mutating func record(_ answer: ScoreAnswer, participantID id: String, item: Int)
    -> [Effect]
  {
    guard let itemID = workbook?.strategy.scoreItems[safe: item]?.id else { return [] }
    return changeSession { session in
      guard let index = session.participants.firstIndex(where: { $0.id == id }) else { return }
      session.participants[index].scores[itemID] = answer
    }
  }

  private func answer(of participantID: String, item: Int) -> ScoreAnswer? {
    guard let workbook, let itemID = workbook.strategy.scoreItems[safe: item]?.id else {
      return nil
    }
    return workbook.participant(id: participantID)?.scores[itemID]
  }

  /// Where a turn starts: the first item the person has not answered, or the first item.
  private func firstUnanswered(_ participantID: String) -> Int {
    guard let workbook, let participant = workbook.participant(id: participantID) else { return 0 }
    return workbook.strategy.scoreItems.firstIndex { participant.scores[$0.id] == nil } ?? 0
  }

  /// How many items the person has not answered.
  func unanswered(_ participantID: String) -> Int {
    guard let workbook, let participant = workbook.participant(id: participantID) else { return 0 }
    return workbook.strategy.scoreItems.count { participant.scores[$0.id] == nil }
  }
}
