import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// Input as the run loop delivers it (a key alone, a bracketed paste, keys that came together),
/// each action's effects answered in memory before the next key, as the run loop answers them
/// from the store. Keeps every effect asked for, so a test can say what never happened.
struct InputDriver {
  var state: AppState
  /// The sessions as last saved, by id.
  private(set) var saved: [String: Session]
  /// Every effect asked for, in order.
  private(set) var effects: [Effect] = []
  /// Export files that exist already, by path.
  var existingFiles: Set<String> = []

  /// The start screen, with `sessions` in the folder.
  init(sessions: [Session]) {
    self.init(AppState(strategies: [Fixture.strategy]), sessions: sessions)
    perform(AppState.launchEffects)
  }

  /// From `state`, its open session saved as it is.
  init(_ state: AppState, sessions: [Session] = []) {
    self.state = state
    saved = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0) })
    if let open = state.workbook?.session { saved[open.id] = open }
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
    switch event {
    case .key(let key):
      if let action = Keymap.action(for: key, in: state) { dispatch(action) }
    case .burst(let keys):
      var burst = KeyBurst(keys)
      while let action = burst.nextAction(in: state) { dispatch(action) }
    case .resize(let width, let height):
      dispatch(.resized(width: width, height: height))
    }
  }

  /// Forgets the effects asked for so far (those that reached the screen a test starts from).
  mutating func forgetEffects() {
    effects = []
  }

  /// Whether an effect of this kind was asked for.
  func asked(_ matches: (Effect) -> Bool) -> Bool {
    effects.contains(where: matches)
  }

  /// Whether the program was asked to quit.
  var quit: Bool { asked { $0 == .quit } }

  /// Whether any session was deleted.
  var deletedASession: Bool {
    asked {
      if case .deleteSession = $0 { true } else { false }
    }
  }

  /// The open session as last saved.
  var savedSession: Session? {
    state.workbook.flatMap { saved[$0.session.id] }
  }

  private mutating func dispatch(_ action: Action) {
    perform(update(&state, action))
  }

  private mutating func perform(_ effects: [Effect]) {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      self.effects.append(effect)
      if effect == .ringBell { continue }
      guard let result = answer(effect) else { return }
      queue += update(&state, result)
    }
  }

  private mutating func answer(_ effect: Effect) -> Action? {
    switch effect {
    case .loadSessionList:
      return .sessionsLoaded(entries())
    case .openSession(let id):
      return saved[id].map(Action.sessionOpened) ?? .failed("no session \(id)")
    case .openSessionReadOnly(let id):
      return saved[id].map { .sessionOpenedReadOnly($0, editor: nil) }
        ?? .failed("no session \(id)")
    case .createSession(let request):
      let session = Session(
        id: "new", title: request.title, createdAt: "2026-11-25T18:00:00Z", mode: request.mode,
        participants: request.participantNames.enumerated().map {
          Participant(id: "p\($0.offset + 1)", name: $0.element)
        }, strategyID: request.strategyID, contentVersion: "1")
      saved[session.id] = session
      return .sessionOpened(session)
    case .saveSession(let session):
      saved[session.id] = session
      return .saved(at: "2026-11-25T19:00:00Z")
    case .deleteSession(let id):
      saved[id] = nil
      return .sessionsLoaded(entries())
    case .writeExport(let request):
      if existingFiles.contains(request.path), !request.overwrite {
        return .exportFileExists(path: request.path)
      }
      existingFiles.insert(request.path)
      return .exportWritten(path: request.path)
    case .quit, .ringBell:
      return nil
    }
  }

  private func entries() -> [SessionListEntry] {
    saved.values.sorted { $0.id < $1.id }.map {
      SessionListEntry(
        id: $0.id, title: $0.title, organization: $0.organization, updatedAt: $0.updatedAt,
        progress: 0)
    }
  }
}
