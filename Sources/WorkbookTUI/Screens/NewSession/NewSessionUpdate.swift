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

  /// The request to create the session, or the first problem that stops it (the workflow's
  /// rules, worded for the form).
  func request() -> Result<NewSessionRequest, Problem> {
    let title = title.trimmed
    let organization = organization.trimmed
    // A blank row is not a name: the form leaves it out.
    let rows = (0..<visibleParticipantCount).filter { !participants[$0].trimmed.isEmpty }
    let names = rows.map { participants[$0].trimmed }
    let first = NewSessionRules.problems(
      title: title, organization: organization, mode: mode, participantNames: names
    ).first
    // What is typed in the title and the names comes before the strategy, the people after it.
    switch first {
    case .emptyTitle, .forbiddenCharacter:
      break
    default:
      guard strategies.indices.contains(strategyIndex) else {
        return .failure(
          Problem(field: .strategy, .tuiNewProblemNoStrategy))
      }
    }
    guard let first else {
      if basedOnID != nil && basedOn == nil {
        return .failure(
          Problem(field: .basedOn, .tuiNewProblemEarlierOtherOrganization))
      }
      return .success(
        NewSessionRequest(
          title: title, organization: organization, mode: mode, participantNames: names,
          anonymous: anonymous, strategyID: strategies[strategyIndex].id, basedOnID: basedOn?.id))
    }
    return .failure(problem(first, rows: rows, texts: (title, organization, names)))
  }

  /// The workflow's problem as the form shows it, on the field to fix; `rows` are the form's rows
  /// of the names given.
  private func problem(
    _ problem: NewSessionProblem, rows: [Int],
    texts: (title: String, organization: String, names: [String])
  ) -> Problem {
    switch problem {
    case .emptyTitle:
      return Problem(field: .title, .tuiNewProblemNoTitle)
    case .forbiddenCharacter(let text):
      // Typed control characters become spaces already (`TextField`); a paste can still bring a
      // direction override, which would reorder the name wherever it shows (see `LineText`).
      let (field, name, value): (Field, String, String) =
        switch text {
        case .title: (.title, "The title", texts.title)
        case .organization: (.organization, "The organization", texts.organization)
        case .participant(let index):
          (.participant(rows[index]), "Participant \(rows[index] + 1)'s name", texts.names[index])
        }
      let message = LineText.problem(in: value, field: name) ?? name + " cannot be used"
      return Problem(field: field, words: StatusMessage(message + ".", isError: true))
    case .duplicateName(let index, let name):
      return Problem(
        field: .participant(rows[index]),
        .tuiNewProblemDuplicateName, name)
    case .noParticipants, .emptyName:
      return Problem(
        field: .participant(0),
        mode == .solo ? .tuiNewProblemYourName : .tuiNewProblemNoParticipants)
    case .tooManyParticipants:
      return Problem(
        field: .addParticipant,
        .tuiNewProblemTooMany, Session.maximumParticipants)
    case .soloWithMoreThanOne:
      return Problem(field: .mode, .tuiNewProblemSoloOne)
    }
  }
}
