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
    choices.add("Start a new session", .new)
    for entry in sessions {
      var label = "Open “\(Shown.field(entry.title))”"
      if !entry.organization.isEmpty { label += ", \(Shown.field(entry.organization))" }
      if let problem = entry.problem {
        label += " (cannot be opened: \(Shown.field(problem)))"
      } else {
        label +=
          " (\(Int(entry.progress * 100))% done, last changed \(Shown.field(entry.updatedAt)))"
      }
      choices.add(label, .open(entry.id))
    }
    choices.add("Quit", .quit)
    return choices
  }

  func startLines() -> [String] {
    let choices = startChoices
    let count = sessions.count
    let heading =
      count == 0
      ? "Start: no sessions in this folder yet."
      : "Start: \(count) session\(count == 1 ? "" : "s") in this folder."
    return [heading] + choices.lines + [choices.instruction]
  }

  mutating func answerStart(_ line: String) -> [Effect] {
    let choices = startChoices
    switch choices.value(for: line) {
    case .new?:
      draft = NewSessionDraft()
      return ask(.newSession(.title))
    case .open(let id)?:
      if let problem = sessions.first(where: { $0.id == id })?.problem {
        say("That session cannot be opened: \(Shown.field(problem)).")
        showPrompt()
        return []
      }
      prompt = .waiting
      return [.openSession(id: id)]
    case .quit?:
      return leave()
    case nil:
      return refuse(line, choices.instruction)
    }
  }
}
