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
      choices.add("Score again", .rescore)
    } else if session.mode == .solo, let only = session.participants.first {
      choices.add("Score now", .turn(only.id))
    } else {
      for participant in session.participants {
        let state =
          participant.finishedScoring
          ? "has scored; choosing this starts again from a blank form" : "has not scored yet"
        choices.add("\(Shown.field(participant.name))'s turn (\(state))", .turn(participant.id))
      }
      if session.mayReveal { choices.add("Reveal the scores to everyone", .reveal) }
    }
    choices.add("Back to the steps", .back)
    return choices
  }

  func scoresLines() -> [String] {
    guard let session, let strategy else { return [] }
    let choices = scoresChoices
    var lines: [String]
    if session.scoresRevealed {
      lines = ResultsText.lines(session: session, strategy: strategy)
      lines.append("Scores: what next?")
    } else if session.mode == .solo {
      lines = [
        "Scores: you score \(strategy.scoreItems.count) items from 1 to 5; your results show "
          + "when you confirm."
      ]
    } else {
      let finished = session.participants.count(where: \.finishedScoring)
      lines = [
        "Scores: \(finished) of \(session.participants.count) have scored. Scores stay hidden "
          + "until they are revealed. Who scores next?"
      ]
    }
    return lines + choices.lines + [choices.instruction]
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
    case nil: return refuse(line, choices.instruction)
    }
  }

  func revealLines() -> [String] {
    guard let session else { return [] }
    let finished = session.participants.count(where: \.finishedScoring)
    var lines = [
      "Scores: reveal everyone's scores to everyone? \(finished) of "
        + "\(session.participants.count) have scored."
    ]
    switch session.revealReadiness {
    case .waitingFor(let people):
      let names = people.map { Shown.field($0.name) }.joined(separator: ", ")
      lines.append("Not scored yet: \(names). They will have no scores in the results.")
    case .nobodyHasScored:
      lines.append("Nobody has scored yet: the results will be empty.")
    default: break
    }
    return lines + ["  1. Reveal now", "  2. Not yet", "Type 1 or 2, then Enter."]
  }

  mutating func answerReveal(_ line: String) -> [Effect] {
    switch line.trimmingSpaces() {
    case "1":
      let effects = changeSession { $0.reveal() }
      say("The scores are revealed.")
      return effects + ask(.scores)
    case "2": return ask(.scores)
    default: return refuse(line, "Type 1 or 2, then Enter.")
    }
  }

  private var rescorerChoices: NumberedChoices<String?> {
    var choices = NumberedChoices<String?>()
    for participant in session?.participants ?? [] {
      choices.add("\(Shown.field(participant.name)) scores again", participant.id)
    }
    choices.add("Back to the results", nil)
    return choices
  }

  func rescorerLines() -> [String] {
    let choices = rescorerChoices
    return ["Scores: who scores again? Their earlier answers are kept until they change them."]
      + choices.lines + [choices.instruction]
  }

  mutating func answerRescorer(_ line: String) -> [Effect] {
    let choices = rescorerChoices
    switch choices.value(for: line) {
    case .some(.some(let id)): return startTurn(id)
    case .some(.none): return ask(.scores)
    case .none: return refuse(line, choices.instruction)
    }
  }
}
