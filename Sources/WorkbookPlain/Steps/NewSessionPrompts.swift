import WorkbookCore
import WorkbookWorkflow

/// A new session, one question a prompt: title, organization, mode, participants, anonymity,
/// strategy (when the content offers more than one).
extension PlainState {
  func newSessionLines(_ question: NewSessionQuestion) -> [String] {
    switch question {
    case .title:
      return [
        "New session, 1 of 5: the title (for example “Spring review 2026”). Type it, then Enter."
      ]
    case .organization:
      return [
        "New session, 2 of 5: the organization (a chapter, a user group). Type it, then Enter; "
          + "Enter alone leaves it empty."
      ]
    case .mode:
      return ["New session, 3 of 5: how will you work?"] + modeChoices.lines + [
        modeChoices.instruction
      ]
    case .participants:
      return ["New session, 4 of 5: your name. Type it, then Enter."]
    case .anonymous:
      return [
        "New session, 5 of 5: should results and exports name people, or say "
          + "“Participant 1, 2, …”?"
      ] + anonymityChoices.lines + [anonymityChoices.instruction]
    case .strategy:
      return ["New session: which strategy?"] + strategyChoices.lines + [
        strategyChoices.instruction
      ]
    }
  }

  private var modeChoices: NumberedChoices<SessionMode> {
    var choices = NumberedChoices<SessionMode>()
    choices.add(
      "A workshop: several people score in private turns, then the scores are revealed", .workshop)
    choices.add("Solo: one person", .solo)
    return choices
  }

  private var anonymityChoices: NumberedChoices<Bool> {
    var choices = NumberedChoices<Bool>()
    choices.add("Name people", false)
    choices.add("Anonymous: “Participant 1, 2, …”", true)
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
        say("Give the session a title.")
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
        return refuse(line, modeChoices.instruction)
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
        return refuse(line, anonymityChoices.instruction)
      }
      draft.anonymous = anonymous
      return strategies.count > 1
        ? ask(.newSession(.strategy)) : create(strategyID: strategies.first?.id)
    case .strategy:
      guard let id = strategyChoices.value(for: line) else {
        return refuse(line, strategyChoices.instruction)
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
      say("No strategy is available: the content folder holds none. Add one and start again.")
      return ask(.start)
    }
    prompt = .waiting
    say("Creating “\(Shown.field(title))”…")
    return [
      .createSession(
        NewSessionRequest(
          title: title, organization: organization, mode: draft.mode, participantNames: names,
          anonymous: draft.anonymous, strategyID: strategyID))
    ]
  }

  /// What a person is told about a problem, naming the answer to change.
  private func message(for problem: NewSessionProblem, names: [String]) -> String {
    func named(_ text: NewSessionProblem.Text) -> String {
      switch text {
      case .title: "The title"
      case .organization: "The organization"
      case .participant(let index): "Participant \(index + 1)'s name"
      }
    }
    switch problem {
    case .emptyTitle: return "Give the session a title."
    case .forbiddenCharacter(let text):
      let value: String
      switch text {
      case .title: value = draft.title
      case .organization: value = draft.organization
      case .participant(let index): value = names[safe: index] ?? ""
      }
      return (LineText.problem(in: value, field: named(text)) ?? named(text)) + "."
    case .noParticipants:
      return draft.mode == .solo ? "Type your name." : "Add at least one participant."
    case .emptyName(let index): return "Participant \(index + 1)'s name is empty."
    case .tooManyParticipants(let count):
      return "\(count) names: a session holds at most \(Session.maximumParticipants) people."
    case .duplicateName(_, let name):
      return "Two participants are called “\(Shown.field(name))”: give each a different name."
    case .soloWithMoreThanOne: return "A solo session has one person: type one name."
    }
  }
}
