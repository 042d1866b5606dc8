import WorkbookCore
import WorkbookWorkflow

/// The first prompt: the sessions in the folder, numbered, a new one, or quit.
extension PlainState {
  enum StartChoice {
    case open(String)
    case new
    case quit
  }

  var startChoices: NumberedChoices<StartChoice> {
    var choices = NumberedChoices<StartChoice>()
    choices.add(messages(.plainStartNew), .new)
    for entry in sessions {
      let title = Shown.field(entry.title)
      let organization = Shown.field(entry.organization)
      let label: String
      switch (entry.problem, entry.organization.isEmpty) {
      case (let problem?, true): label = messages(.plainOpenBroken, title, Shown.field(problem))
      case (let problem?, false):
        label = messages(.plainOpenBrokenOrganization, title, organization, Shown.field(problem))
      case (nil, true):
        label = messages(
          .plainOpenSession, title, Int(entry.progress * 100), Shown.field(entry.updatedAt))
      case (nil, false):
        label = messages(
          .plainOpenSessionOrganization, title, organization, Int(entry.progress * 100),
          Shown.field(entry.updatedAt))
      }
      choices.add(label, .open(entry.id))
    }
    choices.add(messages(.plainQuit), .quit)
    return choices
  }

  func startLines() -> [String] {
    let choices = startChoices
    let count = sessions.count
    let heading =
      count == 0 ? messages(.plainStartEmpty) : messages(.plainStartSessions, count)
    return [heading] + choices.lines + [choices.instruction(messages)]
  }

  mutating func answerStart(_ line: String) -> [Effect] {
    let choices = startChoices
    switch choices.value(for: line) {
    case .new?:
      draft = NewSessionDraft()
      return ask(.newSession(.title))
    case .open(let id)?:
      if let problem = sessions.first(where: { $0.id == id })?.problem {
        say(messages(.plainCannotOpen, Shown.field(problem)))
        showPrompt()
        return []
      }
      prompt = .waiting
      return [.openSession(id: id)]
    case .quit?:
      return leave()
    case nil:
      return refuse(line, choices.instruction(messages))
    }
  }
}
