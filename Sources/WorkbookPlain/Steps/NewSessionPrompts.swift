import WorkbookCore
import WorkbookWorkflow

/// A new session, one question a prompt: title, organization, mode, participants, anonymity,
/// strategy (when the content offers more than one).
extension PlainState {
  func newSessionLines(_ question: NewSessionQuestion) -> [String] {
    switch question {
    case .title:
      return [messages(.plainNewTitle)]
    case .organization:
      return [messages(.plainNewOrganization)]
    case .mode:
      return [messages(.plainNewMode)] + modeChoices.lines + [
        modeChoices.instruction(messages)
      ]
    case .participants:
      return [messages(.plainNewYourName)]
    case .anonymous:
      return [messages(.plainNewAnonymous)] + anonymityChoices.lines + [
        anonymityChoices.instruction(messages)
      ]
    case .strategy:
      return [messages(.plainNewStrategy)] + strategyChoices.lines + [
        strategyChoices.instruction(messages)
      ]
    }
  }

  private var modeChoices: NumberedChoices<SessionMode> {
    var choices = NumberedChoices<SessionMode>()
    choices.add(messages(.plainModeWorkshop), .workshop)
    choices.add(messages(.plainModeSolo), .solo)
    return choices
  }

  private var anonymityChoices: NumberedChoices<Bool> {
    var choices = NumberedChoices<Bool>()
    choices.add(messages(.plainNamePeople), false)
    choices.add(messages(.plainAnonymous), true)
    return choices
  }

  private var strategyChoices: NumberedChoices<String> {
    var choices = NumberedChoices<String>()
    for strategy in strategies { choices.add(Shown.field(strategy.title), strategy.id) }
    return choices
  }

  mutating func answerNewSession(_ question: NewSessionQuestion, _ line: String) -> [Effect] {
    switch question {
    case .title:
      let title = line.trimmingSpaces()
      if title.isEmpty {
        say(messages(.plainGiveTitle))
        showPrompt()
        return []
      }
      draft.title = title
      return ask(.newSession(.organization))
    case .organization:
      draft.organization = line.trimmingSpaces()
      return ask(.newSession(.mode))
    case .mode:
      guard let mode = modeChoices.value(for: line) else {
        return refuse(line, modeChoices.instruction(messages))
      }
      draft.mode = mode
      return mode == .solo
        ? ask(.newSession(.participants))
        : startText(
          .participantNames, then: .newSession(.anonymous))
    case .participants:
      draft.participantNames = [line]
      return ask(.newSession(.anonymous))
    case .anonymous:
      guard let anonymous = anonymityChoices.value(for: line) else {
        return refuse(line, anonymityChoices.instruction(messages))
      }
      draft.anonymous = anonymous
      return strategies.count > 1
        ? ask(.newSession(.strategy)) : create(strategyID: strategies.first?.id)
    case .strategy:
      guard let id = strategyChoices.value(for: line) else {
        return refuse(line, strategyChoices.instruction(messages))
      }
      return create(strategyID: id)
    }
  }

  /// Asks the run loop to create the session, or says what stops it and asks again where the
  /// first problem is.
  private mutating func create(strategyID: String?) -> [Effect] {
    let title = draft.title.trimmingSpaces()
    let organization = draft.organization.trimmingSpaces()
    // A blank line in the list of names is no one.
    let names = draft.participantNames.map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    let problems = NewSessionRules.problems(
      title: title, organization: organization, mode: draft.mode, participantNames: names)
    if let problem = problems.first {
      say(message(for: problem, names: names))
      switch problem {
      case .emptyTitle, .forbiddenCharacter(in: .title): return ask(.newSession(.title))
      case .forbiddenCharacter(in: .organization): return ask(.newSession(.organization))
      default:
        return draft.mode == .solo
          ? ask(.newSession(.participants))
          : startText(.participantNames, then: .newSession(.anonymous))
      }
    }
    guard let strategyID else {
      say(messages(.plainNoStrategy))
      return ask(.start)
    }
    prompt = .waiting
    say(messages(.plainCreating, Shown.field(title)))
    return [
      .createSession(
        NewSessionRequest(
          title: title, organization: organization, mode: draft.mode, participantNames: names,
          anonymous: draft.anonymous, strategyID: strategyID))
    ]
  }

  /// What a person is told about a problem, naming the answer to change.
  private func message(for problem: NewSessionProblem, names: [String]) -> String {
    switch problem {
    case .emptyTitle: return messages(.plainGiveTitle)
    case .forbiddenCharacter(let text):
      let value: String
      switch text {
      case .title: value = draft.title
      case .organization: value = draft.organization
      case .participant(let index): value = names[safe: index] ?? ""
      }
      // The rules found the character in this very value.
      guard let scalar = LineText.forbiddenScalar(in: value) else { return "" }
      let kind = messages.characterKind(scalar)
      let code = LineText.codePoint(scalar)
      return switch text {
      case .title: messages(.plainTitleForbidden, kind, code)
      case .organization: messages(.plainOrganizationForbidden, kind, code)
      case .participant(let index): messages(.plainNameForbidden, index + 1, kind, code)
      }
    case .noParticipants:
      return draft.mode == .solo ? messages(.plainTypeYourName) : messages(.plainAddParticipant)
    case .emptyName(let index): return messages(.plainNameEmpty, index + 1)
    case .tooManyParticipants(let count):
      return messages(.plainTooManyParticipants, count, Session.maximumParticipants)
    case .duplicateName(_, let name):
      return messages(.plainDuplicateName, Shown.field(name))
    case .soloWithMoreThanOne: return messages(.plainSoloOneName)
    }
  }
}
