import WorkbookCore
import WorkbookRuntime
import WorkbookTUI
import WorkbookWorkflow

/// The full-screen workbook on the runtime, with scripted input (a key alone, a bracketed paste,
/// keys that came together) and the effects performed in memory: each action's effects answered
/// before the next key, as the store answers them. Keeps every effect asked for, so a test can
/// say what never happened.
struct InputDriver {
  typealias Workbook = Runtime<
    FullScreen, ScriptedTerminal<TerminalEvent, ScreenBuffer>, InMemoryEffectPerformer
  >
  private(set) var runtime: Workbook

  /// The start screen, with `sessions` in the folder.
  init(sessions: [Session]) {
    self.init(AppState(strategies: [Fixture.strategy]), sessions: sessions)
    runtime.perform(AppState.launchEffects)
  }

  /// From `state`, its open session saved as it is.
  init(_ state: AppState, sessions: [Session] = []) {
    var performer = InMemoryEffectPerformer(strategies: state.strategies, sessions: sessions)
    if let open = state.workbook?.session { performer.saved[open.id] = open }
    runtime = Runtime(
      state: state, frontEnd: FullScreen(), terminal: ScriptedTerminal(), performer: performer)
  }

  var state: AppState { runtime.state }

  /// The sessions as last saved, by id.
  var saved: [String: Session] { runtime.performer.saved }

  /// Applies an action as the runtime does, its effects performed (an effect's result arriving).
  mutating func dispatch(_ action: Action) {
    runtime.dispatch(action)
  }

  /// Makes an export file exist already.
  mutating func fileExists(_ path: String) {
    runtime.performer.exports[path] = "An earlier export"
  }

  /// A paste the terminal marked.
  mutating func paste(_ text: String) {
    send(.key(.paste(text)))
  }

  /// `text` arriving as one burst of keys, as a terminal without bracketed paste sends a paste:
  /// a line break is Enter.
  mutating func burst(typing text: String) {
    send(.burst(text.map { $0.isNewline ? .enter : .character($0) }))
  }

  mutating func burst(_ keys: Key...) {
    send(.burst(keys))
  }

  /// Keys pressed one at a time, each read alone.
  mutating func press(_ keys: Key...) {
    for key in keys { send(.key(key)) }
  }

  /// Text typed one key at a time.
  mutating func type(_ text: String) {
    for character in text { send(.key(.character(character))) }
  }

  mutating func send(_ event: TerminalEvent) {
    runtime.send(event)
  }

  /// Forgets the effects asked for so far (those that reached the screen a test starts from).
  mutating func forgetEffects() {
    runtime.performer.forgetAsked()
  }

  /// Every effect asked for, in order (the bell excepted: the terminal rings it).
  var effects: [Effect] { runtime.performer.asked }

  /// Whether an effect of this kind was asked for.
  func asked(_ matches: (Effect) -> Bool) -> Bool {
    effects.contains(where: matches)
  }

  /// Whether the program was asked to quit.
  var quit: Bool { runtime.quitAsked }

  /// Whether any session was deleted.
  var deletedASession: Bool {
    asked {
      if case .deleteSession = $0 { true } else { false }
    }
  }

  /// The open session as last saved.
  var savedSession: Session? {
    state.workbook.flatMap { runtime.performer.saved[$0.session.id] }
  }
}
