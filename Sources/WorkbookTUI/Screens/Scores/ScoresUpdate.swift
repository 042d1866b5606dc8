import WorkbookCore

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

    case (.choose, .main) where !session.scoresRevealed, (.choose, .choosingScorer):
      guard session.participants.indices.contains(scores.scorerSelection) else { return [] }
      let participant = session.participants[scores.scorerSelection]
      if session.mode == .solo {
        scores.phase = .scoring(
          participantID: participant.id, item: firstUnanswered(participant.id, in: workbook))
        history.clear()
      } else {
        scores.phase = .privacy(participantID: participant.id)
      }
    case (.beginTurn, .privacy(let id)):
      // What the person before did cannot be undone by this one, nor this one's by the next.
      history.clear()
      scores.phase = .scoring(participantID: id, item: firstUnanswered(id, in: workbook))
    case (.answer(let answer), .scoring(let id, let item)):
      guard let scoreItem = workbook.strategy.scoreItems[safe: item] else { return [] }
      scores.phase =
        item + 1 < itemCount
        ? .scoring(participantID: id, item: item + 1) : .review(participantID: id)
      return changeSession { session in
        guard let index = session.participants.firstIndex(where: { $0.id == id }) else { return }
        session.participants[index].scores[scoreItem.id] = answer
      }
    case (.nextItem, .scoring(let id, let item)):
      scores.phase =
        item + 1 < itemCount
        ? .scoring(participantID: id, item: item + 1) : .review(participantID: id)
    case (.previousItem, .scoring(let id, let item)):
      scores.phase = .scoring(participantID: id, item: max(0, item - 1))
    case (.previousItem, .review(let id)), (.back, .review(let id)):
      scores.phase = .scoring(participantID: id, item: max(0, itemCount - 1))
    case (.confirm, .review(let id)):
      let name = workbook.participant(id: id).map { session.displayName(of: $0) } ?? ""
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
    case (.back, .scoring), (.back, .privacy), (.back, .choosingScorer), (.back, .confirmingReveal):
      scores.phase = .main
    case (.back, .main):
      return updateSteps(.close)
    case (.reveal, .main) where !session.scoresRevealed && session.mode == .workshop:
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
        history.clear()
      } else {
        scores.phase = .choosingScorer
      }
    default:
      break
    }
    return []
  }

  /// Where a turn starts: the first item the person has not answered, or the first item.
  private func firstUnanswered(_ participantID: String, in workbook: WorkbookState) -> Int {
    guard let participant = workbook.participant(id: participantID) else { return 0 }
    return workbook.strategy.scoreItems.firstIndex { participant.scores[$0.id] == nil } ?? 0
  }
}
