import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// Performs `update`'s effects against sessions and export files kept in memory, as the run loop
/// performs them against the store and the disk: each result goes back into `update` before the next key. Keeps every
/// session as last saved, so a test can check that nothing on screen is left unsaved.
struct InMemoryEffects {
  var saved: [String: Session] = [:]
  /// Export files written, by path.
  var exports: [String: String] = [:]
  private var nextID = 1
  private var clock = 0
  /// The percentage of saves that fail, as on a disk that fills up now and then.
  private let saveFailurePercent: Int
  private var random: SeededGenerator

  init(sessions: [Session], saveFailurePercent: Int = 0, seed: UInt64 = 0) {
    for session in sessions { saved[session.id] = session }
    self.saveFailurePercent = saveFailurePercent
    random = SeededGenerator(seed: seed)
  }

  /// Applies `action`, then performs the effects it asks for until none are left. Returns true
  /// when the program would quit.
  mutating func dispatch(_ action: Action, to state: inout AppState) -> Bool {
    perform(update(&state, action), on: &state)
  }

  /// Performs `effects` in order, each result applied before the next. True on quit.
  mutating func perform(_ effects: [Effect], on state: inout AppState) -> Bool {
    var queue = effects
    while !queue.isEmpty {
      let effect = queue.removeFirst()
      if effect == .ringBell { continue }
      guard let result = perform(effect) else { return true }
      queue += update(&state, result)
    }
    return false
  }

  private mutating func perform(_ effect: Effect) -> Action? {
    switch effect {
    case .loadSessionList:
      return .sessionsLoaded(entries())
    case .openSession(let id):
      guard let session = saved[id] else { return .failed("no session \(id)") }
      return .sessionOpened(session)
    case .openSessionReadOnly(let id):
      guard let session = saved[id] else { return .failed("no session \(id)") }
      return .sessionOpenedReadOnly(session, editor: nil)
    case .createSession(let request):
      let id = "new\(nextID)"
      nextID += 1
      let session = Session(
        id: id, title: request.title, organization: request.organization, createdAt: tick(),
        mode: request.mode,
        participants: request.participantNames.enumerated().map {
          Participant(id: "p\($0.offset + 1)", name: $0.element)
        },
        anonymous: request.anonymous, strategyID: request.strategyID, contentVersion: "1")
      saved[id] = session
      return .sessionOpened(session)
    case .saveSession(var session):
      if Int.random(in: 0..<100, using: &random) < saveFailurePercent {
        return .saveFailed("could not write \(session.id).json: No space left on device")
      }
      session.updatedAt = tick()
      saved[session.id] = session
      return .saved(at: session.updatedAt)
    case .deleteSession(let id):
      saved[id] = nil
      return .sessionsLoaded(entries())
    case .writeExport(let request):
      if exports[request.path] != nil, !request.overwrite {
        return .exportFileExists(path: request.path)
      }
      exports[request.path] = request.text
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

  /// A clock that moves on by a second per save, as ISO 8601 text.
  private mutating func tick() -> String {
    clock += 1
    func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "2026-11-25T\(twoDigits(clock / 3600 % 24)):\(twoDigits(clock / 60 % 60)):"
      + "\(twoDigits(clock % 60))Z"
  }
}
