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

    case (.choose, .main) where session.turnsStartFromList, (.choose, .choosingScorer):
      guard let participant = session.participants[safe: scores.scorerSelection] else { return [] }
      startTurn(participant.id, scores: &scores)
    case (.confirmRestart, .confirmingRestart(let id)):
      let effects = changeSession { $0.clearTurn(id) }
      startTurn(id, scores: &scores)
      return effects
    case (.cancelRestart, .confirmingRestart):
      scores.phase = .main
    case (.beginTurn, .privacy(let id)):
      // Undo on the privacy screen can bring back a finished person's answers: ask again.
      show(session.turnAfterHandOver(id, strategy: workbook.strategy), for: id, scores: &scores)

    case (.answer(let answer), .scoring(let id, let item)):
      scores.highlight = nil
      return record(answer, participantID: id, item: item)
    case (.takeChoice, .scoring(let id, let item)), (.nextItem, .scoring(let id, let item)):
      let recorded = session.answer(of: id, item: item, strategy: workbook.strategy)
      let chosen = scores.highlight ?? recorded
      if chosen == nil {
        guard action == .nextItem else {
          let keys = KeyBinding.answerKeys
          let skip = KeyBinding.key(for: .scores(.nextItem), in: KeyBinding.scoring)
          message = StatusMessage(
            .stepsScoringChooseToAnswer, keys.lowest, keys.highest, keys.dontKnow,
            keys.notApplicable, skip)
          return []
        }
        let back = KeyBinding.key(for: .scores(.previousItem), in: KeyBinding.scoring)
        message = StatusMessage(.stepsScoringItemSkipped, item + 1, back)
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
      scores.phase = .scoring(
        participantID: id, item: session.firstUnanswered(id, strategy: workbook.strategy))

    case (.confirm, .review(let id))
    where session.finishingHasGaps(id, strategy: workbook.strategy):
      scores.phase = .confirmingGaps(participantID: id)
    case (.confirm, .review(let id)), (.confirm, .confirmingGaps(let id)):
      // The person's own name, even in an anonymous session: their label must not be tied to
      // them in front of the room.
      let name = session.participant(id: id)?.name ?? ""
      scores.phase = .main
      var finish = TurnFinish.visible
      let effects = changeSession { finish = $0.finishTurn(id) }
      if let next = self.workbook?.session.nextToScore {
        scores.scorerSelection = next
      }
      if finish == .hidden {
        message = StatusMessage(.stepsScoringThankYou, name)
      }
      return effects
    case (.otherKey, .scoring):
      let keys = KeyBinding.answerKeys
      let next = KeyBinding.key(for: .scores(.takeChoice), in: KeyBinding.scoring)
      message = StatusMessage(
        .stepsScoringUnusedKey, keys.lowest, keys.highest, keys.dontKnow, keys.notApplicable,
        next)
    case (.otherKey, .review), (.otherKey, .confirmingGaps):
      let confirm = KeyBinding.key(for: .scores(.confirm), in: KeyBinding.review)
      let back = KeyBinding.key(for: .scores(.previousItem), in: KeyBinding.review)
      message = StatusMessage(.stepsReviewUnusedKey, confirm, back)

    case (.back, .main):
      return updateSteps(.close)
    case (.back, _):
      scores.phase = .main
      scores.highlight = nil
    case (.reveal, .main) where session.mayReveal:
      scores.phase = .confirmingReveal
    case (.confirmReveal, .confirmingReveal):
      scores.phase = .main
      scores.resultSelection = 0
      return changeSession { $0.reveal() }
    case (.cancelReveal, .confirmingReveal):
      scores.phase = .main
    case (.rescore, .main):
      switch session.rescore {
      case .ownTurn(let id):
        scores.phase = .scoring(participantID: id, item: 0)
        scores.highlight = nil
        history.clear()
      case .chooseScorer: scores.phase = .choosingScorer
      case nil: break
      }
    default:
      break
    }
    return []
  }

  /// Enter on a person: the workflow says how their turn starts (asked about first when their
  /// hidden answers must not show; the privacy screen in a workshop; the items at once alone).
  private mutating func startTurn(_ id: String, scores: inout ScoresState) {
    guard let workbook, let start = workbook.session.turnStart(id, strategy: workbook.strategy)
    else { return }
    show(start, for: id, scores: &scores)
  }

  private mutating func show(_ start: TurnStart, for id: String, scores: inout ScoresState) {
    switch start {
    case .startAgainFromBlank: scores.phase = .confirmingRestart(participantID: id)
    case .handOver: scores.phase = .privacy(participantID: id)
    case .scoring(let item):
      // The person has the keyboard, with nobody's changes to undo.
      history.clear()
      scores.highlight = nil
      scores.phase = .scoring(participantID: id, item: item)
    }
  }

  /// ↑↓ while scoring: the highlight moves among the choices, starting from the recorded answer,
  /// or from either end when there is none. Nothing is recorded until Enter.
  private func moveHighlight(up: Bool, id: String, item: Int, scores: inout ScoresState) {
    guard let workbook else { return }
    let choices = workbook.strategy.scale.choices
    let recorded = workbook.session.answer(of: id, item: item, strategy: workbook.strategy)
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
    guard let strategy = workbook?.strategy else { return [] }
    return changeSession { $0.record(answer, participantID: id, item: item, strategy: strategy) }
  }
}
