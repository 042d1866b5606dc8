import WorkbookCore
import WorkbookWorkflow

/// Applies an action to the state and returns the effects the run loop should perform. Pure: the
/// same state and action always give the same result, and nothing here touches files or the clock.
public func update(_ state: inout AppState, _ action: Action) -> [Effect] {
  let effects = state.apply(action)
  state.refreshExportPreview()
  state.workbook?.refreshFigures()
  return effects
}

extension AppState {
  mutating func apply(_ action: Action) -> [Effect] {
    if action.isUserAction {
      message = nil
      if action != .quit { quitWarned = false }
    }
    if isReadOnly, !action.leavesSessionUnchanged, let workbook {
      message = workbook.access.refusal
      return []
    }
    switch action {
    case .start(let action): return updateStart(action)
    case .newSession(let action): return updateNewSession(action)
    case .steps(let action): return updateSteps(action)
    case .overview(let action): return updateOverview(action)
    case .scores(let action): return updateScores(action)
    case .reflection(let action): return updateReflection(action)
    case .recommendations(let action): return updateRecommendations(action)
    case .plan(let action): return updatePlan(action)
    case .export(let action): return updateExport(action)
    case .timer(let action): return updateTimer(action)
    case .agenda(let action): return updateAgenda(action)
    case .planReview(let action): return updatePlanReview(action)
    case .tick(let seconds): return tick(seconds)
    case .result(let result): receive(result)
    case .textEditor(let key, let field): return updateTextEditor(key, in: field)
    case .toggleHelp: showingHelp.toggle()
    case .undo: return undo()
    case .redo: return redo()
    case .quit:
      if case .failed(let reason) = save, !quitWarned {
        quitWarned = true
        message = StatusMessage(
          .tuiQuitNotSaved, reason, KeyBinding.key(for: .quit, in: KeyBinding.general),
          isError: true, isAboutAFailedSave: true)
        return []
      }
      return [.quit]
    case .interrupt:
      let draft = saveOpenTextEditor()
      if case .failed = save, let session = workbook?.session {
        return [.saveSession(session), .quit]
      }
      return draft + [.quit]
    case .refused(let refusal):
      message = message(for: refusal)
    case .resized(let width, let height):
      // Kept for drawing and the keymap only: nothing `update` decides depends on it.
      terminalWidth = width
      terminalHeight = height
    }
    return []
  }

  /// Shows a session the run loop has opened or created.
  mutating func open(_ session: Session) {
    guard let strategy = strategies.first(where: { $0.id == session.strategyID }) else {
      message = StatusMessage(
        .tuiUnknownStrategy, session.title, session.strategyID, isError: true)
      return
    }
    if screen == .newSession { newSession = nil }
    workbook = WorkbookState(session: session, strategy: strategy)
    // The list of who scores starts on the first person still to score, not on someone who has.
    workbook?.scores.scorerSelection = session.nextToScore ?? 0
    // The earlier plan is the first thing to review in a session based on an earlier one.
    if let earlier = session.basedOn,
      earlier.snapshot.plan.contains(where: { earlier.review(ofRow: $0.id).outcome == .notReviewed }
      )
    {
      workbook?.overview.planReviewSelection = 0
    }
    screen = .workbook
    showingHelp = false
    save = .unchanged
    history.clear()
  }

  /// Changes the open session, remembering the version before for undo, and asks for a save.
  /// A change that changes nothing is not recorded and not saved.
  mutating func changeSession(_ change: (inout Session) -> Void) -> [Effect] {
    guard var workbook else { return [] }
    let before = workbook.session
    change(&workbook.session)
    guard workbook.session != before else { return [] }
    history.record(before)
    self.workbook = workbook
    return saveSession()
  }

  mutating func saveSession() -> [Effect] {
    // A session followed read-only is never written (its changes are refused before this).
    guard let session = workbook?.session, !isReadOnly else { return [] }
    pendingSaves += 1
    save = .saving
    return [.saveSession(session)]
  }

  private mutating func undo() -> [Effect] {
    guard let current = workbook?.session, let previous = history.undo(from: current) else {
      message = StatusMessage(.tuiNothingToUndo)
      return []
    }
    workbook?.session = previous
    // A choice highlighted while scoring follows the answer now recorded.
    workbook?.scores.highlight = nil
    if let strategy = workbook?.strategy {
      message = ChangeDescription(from: previous, to: current, strategy: strategy).message(
        undone: true)
    }
    return saveSession()
  }

  private mutating func redo() -> [Effect] {
    guard let current = workbook?.session, let next = history.redo(from: current) else {
      message = StatusMessage(.tuiNothingToRedo)
      return []
    }
    workbook?.session = next
    workbook?.scores.highlight = nil
    if let strategy = workbook?.strategy {
      message = ChangeDescription(from: current, to: next, strategy: strategy).message(
        undone: false)
    }
    return saveSession()
  }

  mutating func updateSteps(_ action: StepAction) -> [Effect] {
    guard let current = workbook?.step else { return [] }
    let all = Step.allCases
    switch action {
    case .next: go(to: all[(current.rawValue + 1) % all.count])
    case .previous: go(to: all[(current.rawValue + all.count - 1) % all.count])
    case .goTo(let step): go(to: step)
    case .close:
      // Closing would drop a change whose save failed: try the save again and stay open.
      if case .failed(let reason) = save {
        message = StatusMessage(
          .tuiCloseNotSaved, reason, isError: true, isAboutAFailedSave: true)
        return saveSession()
      }
      // Back on the list, the cursor is on the session just closed.
      start.selectOnArrival = workbook?.session.id
      workbook = nil
      screen = .start
      history.clear()
      save = .unchanged
      return [.loadSessionList]
    }
    return []
  }

  private mutating func go(to step: Step) {
    guard var workbook, workbook.step != step else { return }
    // Leaving the Scores step ends any private turn, so the next person to come back to it sees
    // the list of who scores, never someone's answers.
    if workbook.step == .scores {
      if workbook.scores.participantInTurn != nil { history.clear() }
      workbook.scores.phase = .main
      workbook.scores.highlight = nil
    }
    workbook.step = step
    self.workbook = workbook
  }
}

extension Action {
  /// Whether the action comes from a key rather than from the run loop.
  var isUserAction: Bool {
    switch self {
    case .result, .resized, .tick: false
    default: true
    }
  }
}
