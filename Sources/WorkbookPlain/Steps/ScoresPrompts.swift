import WorkbookCore
import WorkbookWorkflow

/// The Scores step: who has scored (never their scores) and the reveal, or the results once
/// revealed; private turns go through `TurnPrompts`.
extension PlainState {
  enum ScoresChoice {
    case turn(String)
    case reveal
    case rescore
    case back
  }

  var scoresChoices: NumberedChoices<ScoresChoice> {
    var choices = NumberedChoices<ScoresChoice>()
    guard let session else { return choices }
    if session.scoresRevealed {
      choices.add(messages(.plainScoreAgain), .rescore)
    } else if session.mode == .solo, let only = session.participants.first {
      choices.add(messages(.plainScoreNow), .turn(only.id))
    } else {
      for participant in session.participants {
        let name = Shown.field(participant.name)
        choices.add(
          participant.finishedScoring
            ? messages(.plainTurnScored, name) : messages(.plainTurnNotScored, name),
          .turn(participant.id))
      }
      if session.mayReveal { choices.add(messages(.plainRevealToEveryone), .reveal) }
    }
    choices.add(messages(.plainBackToSteps), .back)
    return choices
  }

  func scoresLines() -> [String] {
    guard let session, let strategy else { return [] }
    let choices = scoresChoices
    var lines: [String]
    if session.scoresRevealed {
      lines = ResultsText.lines(session: session, strategy: strategy, messages: messages)
      lines.append(messages(.plainScoresWhatNext))
    } else if session.mode == .solo {
      lines = [messages(.plainScoresSolo, strategy.scoreItems.count)]
    } else {
      let finished = session.participants.count(where: \.finishedScoring)
      lines = [messages(.plainScoresWorkshop, finished, session.participants.count)]
    }
    return lines + choices.lines + [choices.instruction(messages)]
  }

  mutating func answerScores(_ line: String) -> [Effect] {
    let choices = scoresChoices
    switch choices.value(for: line) {
    case .turn(let id)?: return startTurn(id)
    case .reveal?: return ask(.confirmReveal)
    case .rescore?:
      switch session?.rescore {
      case .ownTurn(let id)?: return ask(.scoring(participantID: id, item: 0))
      case .chooseScorer?: return ask(.chooseRescorer)
      case nil: return ask(.scores)
      }
    case .back?: return ask(.steps)
    case nil: return refuse(line, choices.instruction(messages))
    }
  }

  func revealLines() -> [String] {
    guard let session else { return [] }
    let finished = session.participants.count(where: \.finishedScoring)
    var lines = [messages(.plainRevealQuestion, finished, session.participants.count)]
    switch session.revealReadiness {
    case .waitingFor(let people):
      let names = people.map { Shown.field($0.name) }.joined(separator: ", ")
      lines.append(messages(.plainRevealWaitingFor, names))
    case .nobodyHasScored:
      lines.append(messages(.plainRevealNobody))
    default: break
    }
    return lines + [
      "  1. " + messages(.plainRevealNow), "  2. " + messages(.plainRevealNotYet),
      messages(.plainTypeOneOrTwo),
    ]
  }

  mutating func answerReveal(_ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1":
      let effects = changeSession { $0.reveal() }
      say(messages(.plainRevealed))
      return effects + ask(.scores)
    case "2": return ask(.scores)
    default: return refuse(line, messages(.plainTypeOneOrTwo))
    }
  }

  private var rescorerChoices: NumberedChoices<String?> {
    var choices = NumberedChoices<String?>()
    for participant in session?.participants ?? [] {
      choices.add(messages(.plainRescorer, Shown.field(participant.name)), participant.id)
    }
    choices.add(messages(.plainBackToResults), nil)
    return choices
  }

  func rescorerLines() -> [String] {
    let choices = rescorerChoices
    return [messages(.plainWhoScoresAgain)]
      + choices.lines + [choices.instruction(messages)]
  }

  mutating func answerRescorer(_ line: String) -> [Effect] {
    let choices = rescorerChoices
    switch choices.value(for: line) {
    case .some(.some(let id)): return startTurn(id)
    case .some(.none): return ask(.scores)
    case .none: return refuse(line, choices.instruction(messages))
    }
  }
}
