import WorkbookCore
import WorkbookWorkflow

/// Performs effects against sessions and export files kept in memory, as `StoreEffectPerformer`
/// performs them against the store and the disk: for tests and benchmarks, which run the
/// `Runtime` with it instead of a folder. Keeps every session as last saved and every effect
/// asked for, so a test can check that nothing on screen is left unsaved, or that something never
/// happened.
///
/// It creates a session by the same rule as the store (one of its own, or one based on an earlier
/// session it keeps), from the strategies it is given as the content. Sessions it creates are
/// numbered "new1", "new2", …, their labels left in order; its clock moves on by a second each
/// time it stamps a session, starting at 2026-11-25T00:00:00Z. As the store's, a session it
/// creates takes its `language`. It does not hold locks or follow sessions read-only (nothing
/// else writes its sessions).
public struct InMemoryEffectPerformer: EffectPerformer {
  /// The sessions as last saved, by id.
  public var saved: [String: Session]
  /// Export files written (or made to exist by a test), by path.
  public var exports: [String: String] = [:]
  /// Every effect asked for, in order (the bell, which the runtime rings itself, excepted).
  public private(set) var asked: [Effect] = []
  /// Whether the next save fails, as on a disk that fills up now and then; asked at each save.
  public var saveFails: () -> Bool = { false }
  /// The content's strategies, for the sessions it creates and the progress it lists.
  private let strategies: [Strategy]
  /// The language of the front end it serves (`Session.language`).
  private let language: LanguageTag
  private var nextID = 1
  private var clock = 0

  public init(strategies: [Strategy], sessions: [Session] = [], language: LanguageTag = .english) {
    self.strategies = strategies
    self.language = language
    saved = Dictionary(uniqueKeysWithValues: sessions.map { ($0.id, $0) })
  }

  /// Forgets the effects asked for so far (those that reached the screen a test starts from).
  public mutating func forgetAsked() {
    asked = []
  }

  public mutating func perform(_ effect: Effect) -> EffectResult? {
    asked.append(effect)
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
      var session: Session
      do throws(CreationRefusal) {
        session = try request.sessionToCreate(
          strategy: strategy(id: request.strategyID), messages: .english,
          readEarlier: { [saved] id throws(CreationRefusal) in
            guard let earlier = saved[id] else {
              throw CreationRefusal(
                message: Messages.english(.workshopCouldNotReadEarlierSession, "no session \(id)"))
            }
            return earlier
          })
      } catch {
        return .failed(error.message)
      }
      session.id = "new\(nextID)"
      nextID += 1
      session.createdAt = tick()
      session.updatedAt = session.createdAt
      session.language = language.code
      saved[session.id] = session
      return .sessionOpened(session)
    case .saveSession(var session):
      if saveFails() {
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

  /// Nothing else writes these sessions: never a reload.
  public mutating func pollFollowedSession() -> EffectResult? {
    nil
  }

  private func entries() -> [SessionListEntry] {
    saved.values.sorted { $0.id < $1.id }.map {
      SessionListEntry($0, strategy: strategy(id: $0.strategyID))
    }
  }

  private func strategy(id: String) -> Strategy? {
    strategies.first { $0.id == id }
  }

  /// A clock that moves on by a second at each call, as ISO 8601 text.
  private mutating func tick() -> String {
    clock += 1
    func twoDigits(_ number: Int) -> String { number < 10 ? "0\(number)" : "\(number)" }
    return "2026-11-25T\(twoDigits(clock / 3600 % 24)):\(twoDigits(clock / 60 % 60)):"
      + "\(twoDigits(clock % 60))Z"
  }
}
