import WorkbookCore

/// The keymap as data: which keys send which actions where. The help screen and the status-line
/// hints are generated from it, so they cannot drift from what the keys do.
public enum Keymap {
  /// The action a key sends in the current state, or nil when the key means nothing here.
  /// Text fields take the characters no binding claims; elsewhere a paste is refused. An action
  /// that needs a figure of the screen as drawn carries it (`measured`).
  public static func action(for key: Key, in state: AppState) -> Action? {
    unmeasuredAction(for: key, in: state).map { measured($0, in: state) }
  }

  private static func unmeasuredAction(for key: Key, in state: AppState) -> Action? {
    let contexts = contexts(for: state)
    if contexts.contains(.textEditor) || contexts.contains(.lineEditor) {
      let always = KeyBinding.always.first { $0.keys.contains(key) }
      return always?.action ?? .textEditor(key, .unmeasured)
    }
    for context in contexts {
      if let binding = bindings(for: context).first(where: { $0.keys.contains(key) }) {
        return binding.action
      }
    }
    guard contexts.contains(.textField) else {
      // Pasted text is never the keys it holds.
      if case .paste = key { return .refused(.pastedText) }
      // In a private turn no key is silently ignored: the status line says which keys work.
      if contexts.contains(where: \.isPrivateTurn) { return .scores(.otherKey) }
      return nil
    }
    switch key {
    case .character(let character): return .newSession(.type(String(character)))
    case .paste(let text): return .newSession(.type(text))
    default: return nil
    }
  }

  /// Whether typed and pasted text goes into a field here (a text editor, or a text field of the
  /// new-session form).
  public static func takesText(in state: AppState) -> Bool {
    contexts(for: state).contains { [.textEditor, .lineEditor, .textField].contains($0) }
  }

  /// Whether a question is on screen, waiting for a person's answer (`KeyContext.isQuestion`).
  public static func asksQuestion(in state: AppState) -> Bool {
    contexts(for: state).contains(where: \.isQuestion)
  }

  /// The contexts active in the state, most specific first.
  public static func contexts(for state: AppState) -> [KeyContext] {
    if state.terminalTooSmall { return [.tooSmall, .always] }
    if state.showingHelp { return [.help, .always] }
    switch state.screen {
    case .start:
      if state.start.locked != nil { return [.lockedSession, .always] }
      return state.start.pendingDeletion == nil
        ? [.start, .general, .always] : [.deletion, .always]
    case .newSession:
      let focus = state.newSession?.focus ?? .title
      if case .participant = focus { return [.participantField, .textField, .newSession, .always] }
      if focus.isText { return [.textField, .newSession, .always] }
      if focus.isChoice { return [.choiceField, .newSession, .general, .always] }
      return [.newSession, .general, .always]
    case .workbook:
      guard let workbook = state.workbook else { return [.general, .always] }
      let stepContexts: [KeyContext] = [.steps, .timer, .history, .general, .always]
      switch workbook.step {
      case .scores where workbook.scores.participantInTurn != nil:
        // A private turn drops the step keys, so the digits are scores and Tab does not leave.
        return scoresContexts(workbook) + [.history, .general, .always]
      case .scores: return scoresContexts(workbook) + stepContexts
      case _ where state.hasOpenTextEditor: return TextEditing.contexts(state)
      case .overview where workbook.overview.planReviewSelection != nil:
        // Letters mark outcomes and Esc closes the review, not the session.
        return [.planReview, .history, .general, .always]
      case .overview where workbook.overview.agendaSelection != nil:
        // The digits choose a suggestion and Esc closes the editor, not the session.
        return [.agenda, .history, .general, .always]
      case .overview: return [.overview] + stepContexts
      case .reflection: return ReflectionScreen.contexts(workbook) + stepContexts
      case .recommendations: return [.recommendations] + stepContexts
      case .plan where PlanScreen.showsCards(in: state): return [.planCard, .plan] + stepContexts
      case .plan: return [.plan] + stepContexts
      case .export where workbook.export.pendingOverwrite != nil:
        return [.overwriteConfirmation, .always]
      case .export: return [.export] + stepContexts
      default: return stepContexts
      }
    }
  }

  /// The Scores step's own contexts, by phase.
  private static func scoresContexts(_ workbook: WorkbookState) -> [KeyContext] {
    switch workbook.scores.phase {
    case .main where workbook.session.scoresRevealed: [.results]
    case .main where workbook.session.mode == .solo: [.soloInvitation]
    case .main: [.scorers]
    case .choosingScorer: [.choosingScorer]
    case .confirmingRestart: [.restartConfirmation]
    case .privacy: [.privacy]
    case .scoring: [.scoring]
    case .review: [.review]
    case .confirmingGaps: [.gapsConfirmation]
    case .confirmingReveal: [.revealConfirmation]
    }
  }

  public static func bindings(for context: KeyContext) -> [KeyBinding] {
    switch context {
    case .always: KeyBinding.always
    case .general: KeyBinding.general
    case .history: KeyBinding.history
    case .steps: KeyBinding.steps
    case .start: KeyBinding.start
    case .deletion: KeyBinding.deletion
    case .lockedSession: KeyBinding.lockedSession
    case .newSession: KeyBinding.newSession
    case .textField: KeyBinding.textField
    case .participantField: KeyBinding.participantField
    case .choiceField: KeyBinding.choiceField
    case .overview: KeyBinding.overview
    case .agenda: KeyBinding.agenda
    case .planReview: KeyBinding.planReview
    case .scorers: KeyBinding.scorers
    case .choosingScorer: KeyBinding.choosingScorer
    case .restartConfirmation: KeyBinding.restartConfirmation
    case .soloInvitation: KeyBinding.soloInvitation
    case .privacy: KeyBinding.privacy
    case .scoring: KeyBinding.scoring
    case .review: KeyBinding.review
    case .gapsConfirmation: KeyBinding.gapsConfirmation
    case .revealConfirmation: KeyBinding.revealConfirmation
    case .results: KeyBinding.results
    case .reflection: KeyBinding.reflection
    case .quickChoice: KeyBinding.quickChoice
    case .recommendations: KeyBinding.recommendations
    case .plan: KeyBinding.plan
    case .planCard: KeyBinding.planCard
    case .export: KeyBinding.export
    case .overwriteConfirmation: KeyBinding.overwriteConfirmation
    case .timer: KeyBinding.timer
    case .textEditor: KeyBinding.textEditor
    case .lineEditor: KeyBinding.lineEditor
    case .discardingText: KeyBinding.discardingText
    case .help: KeyBinding.help
    case .tooSmall: KeyBinding.tooSmall
    }
  }

  /// The bindings that apply in the state, per context, each with only the keys not already
  /// claimed by a more specific context: what the help screen lists.
  public static func activeBindings(in state: AppState) -> [(
    context: KeyContext, bindings: [KeyBinding]
  )] {
    var claimed: Set<Key> = []
    var result: [(context: KeyContext, bindings: [KeyBinding])] = []
    for context in contexts(for: state) {
      var visible: [KeyBinding] = []
      for var binding in bindings(for: context) {
        binding.keys = binding.keys.filter { !claimed.contains($0) }
        if !binding.keys.isEmpty { visible.append(binding) }
      }
      for binding in visible { claimed.formUnion(binding.keys) }
      if !visible.isEmpty { result.append((context, visible)) }
    }
    return result
  }

  /// The status line's hints for the state, most specific first: those of `activeBindings`,
  /// found without building its filtered copies (the status line asks on every frame). A binding
  /// is active when one of its keys is bound by no more specific context.
  static func hints(in state: AppState) -> [KeyBinding.Hint] {
    let contexts = contexts(for: state)
    var hints: [KeyBinding.Hint] = []
    for (index, context) in contexts.enumerated() {
      for binding in bindings(for: context) {
        guard let hint = binding.hint else { continue }
        let active = binding.keys.contains { key in
          !contexts[..<index].contains { bindings(for: $0).contains { $0.keys.contains(key) } }
        }
        if active { hints.append(hint) }
      }
    }
    return hints
  }
}

extension Keymap {
  /// How the help names the bindings: one line per description, with the keys of every binding
  /// that has it (each once), as `keys` names them; bindings kept out of the help are left out.
  static func lines(
    _ bindings: [KeyBinding], messages: Messages, keys: (KeyBinding) -> String
  ) -> [(keys: String, text: String)] {
    var lines: [(keys: [String], description: MessageKey)] = []
    for binding in bindings where binding.inHelp {
      let named = keys(binding)
      if let index = lines.firstIndex(where: { $0.description == binding.description }) {
        if !lines[index].keys.contains(named) { lines[index].keys.append(named) }
      } else {
        lines.append(([named], binding.description))
      }
    }
    return lines.map { ($0.keys.joined(separator: " "), messages($0.description)) }
  }
}
