import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updateNewSession(_ action: NewSessionAction) -> [Effect] {
    guard var form = newSession else { return [] }
    defer { newSession = form }
    switch action {
    case .nextField: form.moveFocus(by: 1)
    case .previousField: form.moveFocus(by: -1)
    case .type(let text): form.editFocusedText { $0.insert(text) }
    case .deleteBackward: form.editFocusedText { $0.deleteBackward() }
    case .deleteForward: form.editFocusedText { $0.deleteForward() }
    case .cursorLeft: form.editFocusedText { $0.moveLeft() }
    case .cursorRight: form.editFocusedText { $0.moveRight() }
    case .cursorHome: form.editFocusedText { $0.moveHome() }
    case .wordLeft: form.editFocusedText { $0.moveWordLeft() }
    case .wordRight: form.editFocusedText { $0.moveWordRight() }
    case .cursorEnd: form.editFocusedText { $0.moveEnd() }
    case .nextChoice: form.changeChoice(by: 1)
    case .previousChoice: form.changeChoice(by: -1)
    case .addParticipant: form.addParticipant()
    case .removeParticipant: form.removeFocusedParticipant()
    case .cancel:
      // The draft is kept: pressing n again on the start screen comes back to it.
      screen = .start
    case .enter:
      switch form.focus {
      case .participant(let index)
      where index == form.participants.count - 1 && form.mode == .workshop
        && !form.participants[index].trimmed.isEmpty:
        form.addParticipant()
      case .participant(let index)
      where index == form.participants.count - 1 && form.participants[index].trimmed.isEmpty:
        // An empty last name means the list is done: straight to Create.
        form.focus = .create
      case .addParticipant: form.addParticipant()
      case .create:
        switch form.request() {
        case .success(let request): return [.createSession(request)]
        case .failure(let problem):
          form.problem = problem
          form.focus = problem.field
        }
      default: form.moveFocus(by: 1)
      }
    }
    return []
  }
}

extension NewSessionState {
  mutating func moveFocus(by offset: Int) {
    let fields = self.fields
    let index = fields.firstIndex(of: focus) ?? 0
    focus = fields[(index + offset + fields.count) % fields.count]
  }

  mutating func editFocusedText(_ edit: (inout TextField) -> Void) {
    switch focus {
    case .title: edit(&title)
    case .organization: edit(&organization)
    case .participant(let index): edit(&participants[index])
    default: return
    }
    if problem?.field == focus { problem = nil }
  }

  mutating func changeChoice(by offset: Int) {
    switch focus {
    case .mode: mode = mode == .workshop ? .solo : .workshop
    case .anonymous: anonymous.toggle()
    case .strategy where !strategies.isEmpty:
      strategyIndex = (strategyIndex + offset + strategies.count) % strategies.count
      // An earlier session of the strategy left behind is no longer a choice.
      if basedOn == nil { basedOnID = nil }
    case .basedOn:
      let choices: [SessionListEntry?] = [nil] + basedOnChoices
      let current = choices.firstIndex { $0?.id == basedOn?.id } ?? 0
      startFrom(choices[(current + offset + choices.count) % choices.count])
      if problem?.field == .basedOn { problem = nil }
    default: break
    }
  }

  /// Chooses the earlier session to start from (nil: afresh). Its organization, mode and
  /// participants replace the form's when those are empty or were carried from the one chosen
  /// before; what the user typed stays (the rule then keeps it or says why not).
  mutating func startFrom(_ earlier: SessionListEntry?) {
    basedOnID = earlier?.id
    let organizationText = organization.trimmed
    if organizationText.isEmpty || organizationText == carriedOrganization {
      organization = TextField(earlier?.organization ?? "")
      carriedOrganization = earlier?.organization ?? ""
    }
    let typedNames = participants.map(\.trimmed).filter { !$0.isEmpty }
    if typedNames.isEmpty || typedNames == carriedNames {
      let names = earlier?.participantNames ?? []
      participants = names.isEmpty ? [TextField()] : names.map { TextField($0) }
      carriedNames = names
      if let earlier { mode = earlier.mode }
    }
  }

  mutating func addParticipant() {
    guard mode == .workshop, participants.count < Session.maximumParticipants else { return }
    let index: Int
    if case .participant(let focused) = focus {
      index = focused + 1
    } else {
      index = participants.count
    }
    participants.insert(TextField(), at: index)
    focus = .participant(index)
  }

  mutating func removeFocusedParticipant() {
    guard case .participant(let index) = focus, participants.count > 1 else { return }
    participants.remove(at: index)
    focus = .participant(min(index, visibleParticipantCount - 1))
    if case .participant = problem?.field { problem = nil }
  }

  /// The request to create the session, or the first problem that stops it.
  func request() -> Result<NewSessionRequest, Problem> {
    let title = title.trimmed
    if title.isEmpty {
      return .failure(Problem(field: .title, message: "Give the session a title."))
    }
    // Typed control characters become spaces already (`TextField`); a paste can still bring a
    // direction override, which would reorder the name wherever it shows (see `LineText`).
    let texts =
      [
        (Field.title, "The title", title),
        (.organization, "The organization", organization.trimmed),
      ]
      + participants.prefix(visibleParticipantCount).enumerated().map {
        (Field.participant($0.offset), "Participant \($0.offset + 1)'s name", $0.element.trimmed)
      }
    for (field, name, text) in texts {
      if let message = LineText.problem(in: text, field: name) {
        return .failure(Problem(field: field, message: message + "."))
      }
    }
    guard strategies.indices.contains(strategyIndex) else {
      return .failure(
        Problem(
          field: .strategy,
          message: "No strategy is available: the content folder holds none. Add one and restart."))
    }
    var names: [String] = []
    for index in 0..<visibleParticipantCount {
      let name = participants[index].trimmed
      if name.isEmpty { continue }
      if names.contains(where: { $0.lowercased() == name.lowercased() }) {
        return .failure(
          Problem(
            field: .participant(index),
            message: "Two participants are called “\(name)”: give each a different name."))
      }
      names.append(name)
    }
    if names.isEmpty {
      let message = mode == .solo ? "Type your name." : "Add at least one participant."
      return .failure(Problem(field: .participant(0), message: message))
    }
    if basedOnID != nil && basedOn == nil {
      return .failure(
        Problem(
          field: .basedOn,
          message:
            "The earlier session chosen is another organization's: choose one of this one's, or None."
        ))
    }
    return .success(
      NewSessionRequest(
        title: title, organization: organization.trimmed, mode: mode, participantNames: names,
        anonymous: anonymous, strategyID: strategies[strategyIndex].id, basedOnID: basedOn?.id))
  }
}
