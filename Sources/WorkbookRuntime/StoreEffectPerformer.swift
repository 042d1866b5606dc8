import WorkbookCore
import WorkbookStore
import WorkbookWorkflow

/// Performs the effects a front end asks for against the session store and the disk, and answers
/// each with its result. Holds the lock of the session being edited, so a second
/// workbook cannot write over it, and lets it go when the start screen shows again. A session
/// opened read-only is followed instead: read again whenever its file changes.
public final class StoreEffectPerformer: EffectPerformer {
  private let store: SessionStore
  /// The strategies, asked for when first needed: after the session is read, when opening one.
  private let libraryWhenNeeded: () -> ContentLibrary
  private var library: ContentLibrary { libraryWhenNeeded() }
  /// The language the front end speaks: a session created here takes it (`Session.language`).
  private let language: LanguageTag
  private var lock: SessionLock?
  /// The id and file of the session being edited (a file named by path may be outside the store's
  /// folder).
  private var editing: (id: String, path: String)?
  /// The file of the session followed read-only, and the version last read of it.
  private var following: (path: String, version: SessionFileVersion?)?
  /// The language of what it says when something fails.
  private let messages: Messages

  public convenience init(
    store: SessionStore, library: ContentLibrary, language: LanguageTag = .english,
    messages: Messages = .english
  ) {
    self.init(
      store: store, libraryWhenNeeded: { library }, language: language, messages: messages)
  }

  /// A performer whose strategies may still be being read: `libraryWhenNeeded` is asked for
  /// them when they are first needed, and may wait for them.
  public init(
    store: SessionStore, libraryWhenNeeded: @escaping () -> ContentLibrary,
    language: LanguageTag = .english, messages: Messages = .english
  ) {
    self.store = store
    self.libraryWhenNeeded = libraryWhenNeeded
    self.language = language
    self.messages = messages
  }

  /// Lets go of the session being edited or followed: back at the list of sessions, and once the
  /// runtime has ended, before the terminal is given back, while a second signal still only
  /// records itself, so the lock never outlives the program.
  public func letGoOfSession() {
    lock = nil
    editing = nil
    following = nil
  }

  public func perform(_ effect: Effect) -> EffectResult? {
    switch effect {
    case .loadSessionList:
      letGoOfSession()
      return listed()
    case .openSession(let id):
      return open(id: id)
    case .openSessionReadOnly(let id):
      return followReadOnly(store.path(forID: id))
    case .createSession(let request):
      return create(request)
    case .saveSession(let session):
      return save(session)
    case .deleteSession(let id):
      do throws(SessionStoreError) {
        try store.delete(store.path(forID: id))
      } catch {
        return .failed(messages(.workshopCouldNotDeleteSession, error))
      }
      return listed()
    case .writeExport(let request):
      return write(request)
    case .quit, .ringBell:
      return nil
    }
  }

  /// Writes an export; never over the session's own file, and over another file only when the
  /// user has confirmed.
  private func write(_ request: ExportRequest) -> EffectResult {
    do throws(ExportFileError) {
      let written = try ExportFile().write(
        request.text, to: request.path, overwrite: request.overwrite,
        sessionFile: editing?.path ?? following?.path ?? store.path(forID: request.sessionID))
      return .exportWritten(path: written)
    } catch .exists(let path) {
      return .exportFileExists(path: path)
    } catch {
      return .exportFailed("\(error)")
    }
  }

  /// Opens the session a user named on the command line (an id, a prefix of one, or a path), to
  /// edit or to follow read-only.
  public func open(reference: String, readOnly: Bool) -> EffectResult {
    do throws(SessionStoreError) {
      let path = try store.resolve(reference)
      return readOnly ? followReadOnly(path) : try lockAndLoad(path)
    } catch {
      return .failed(messages(.workshopCouldNotOpenSession, error))
    }
  }

  private func open(id: String) -> EffectResult {
    do throws(SessionStoreError) {
      return try lockAndLoad(store.path(forID: id))
    } catch .locked(_, let holder) {
      return .sessionLocked(id: id, editor: holder.map(Self.otherTerminal))
    } catch {
      return .failed(messages(.workshopCouldNotOpenSession, error))
    }
  }

  /// Reads a session without its lock, to show it read-only and follow the saves of whoever
  /// edits it.
  private func followReadOnly(_ path: String) -> EffectResult {
    lock = nil
    editing = nil
    following = nil
    let version = SessionFileVersion(path: path)
    do throws(SessionStoreError) {
      let session = try store.load(path)
      following = (path, version)
      return .sessionOpenedReadOnly(session, editor: editor(of: path))
    } catch {
      return .failed(messages(.workshopCouldNotOpenSession, error))
    }
  }

  /// A file that cannot be read now is reported once, and the version on screen stays.
  public func pollFollowedSession() -> EffectResult? {
    guard let (path, version) = following else { return nil }
    let now = SessionFileVersion(path: path)
    guard now != version else { return nil }
    following = (path, now)
    do throws(SessionStoreError) {
      return .sessionReloaded(try store.load(path), editor: editor(of: path))
    } catch {
      return .failed(messages(.workshopCouldNotReadFollowedSave, error))
    }
  }

  private func editor(of path: String) -> OtherTerminal? {
    SessionLock.holder(ofSession: path).map(Self.otherTerminal)
  }

  private static func otherTerminal(_ holder: LockHolder) -> OtherTerminal {
    OtherTerminal(user: holder.user, host: holder.host, since: holder.since)
  }

  private func lockAndLoad(_ path: String) throws(SessionStoreError) -> EffectResult {
    lock = nil
    editing = nil
    following = nil
    let taken = try store.lock(path)
    let session = try store.loadForEditing(holding: taken)
    // Without its strategy the session cannot be shown (the start screen says why): not kept.
    guard library.strategy(id: session.strategyID) != nil else { return .sessionOpened(session) }
    lock = consume taken
    editing = (session.id, path)
    return .sessionOpened(session)
  }

  private func create(_ request: NewSessionRequest) -> EffectResult {
    var draft: Session
    do throws(CreationRefusal) {
      draft = try request.sessionToCreate(
        strategy: library.strategy(id: request.strategyID), messages: messages,
        readEarlier: readEarlier)
    } catch {
      return .failed(error.message)
    }
    var generator = SystemRandomNumberGenerator()
    draft.shuffleLabels(using: &generator)
    draft.language = language.code
    do throws(SessionStoreError) {
      let created = try store.create(draft)
      return try lockAndLoad(store.path(forID: created.id))
    } catch {
      return .failed(messages(.workshopCouldNotCreateSession, error))
    }
  }

  /// The earlier session a new one starts from.
  private func readEarlier(_ id: String) throws(CreationRefusal) -> Session {
    do throws(SessionStoreError) {
      return try store.load(store.path(forID: id))
    } catch {
      throw CreationRefusal(message: messages(.workshopCouldNotReadEarlierSession, error))
    }
  }

  private func save(_ session: Session) -> EffectResult {
    guard let held = lock.take() else {
      return .saveFailed(messages(.workshopSaveNotOpenForEditing))
    }
    let result: EffectResult
    if session.id != editing?.id {
      result = .saveFailed(messages(.workshopSaveNotTheSessionOpen))
    } else {
      do throws(SessionStoreError) {
        result = .saved(at: try store.save(session, holding: held).updatedAt)
      } catch {
        result = .saveFailed("\(error)")
      }
    }
    lock = consume held
    return result
  }

  /// The sessions for the start screen, or why the folder cannot be listed.
  private func listed() -> EffectResult {
    do throws(SessionStoreError) {
      return .sessionsLoaded(try listEntries())
    } catch {
      return .failed(messages(.workshopCouldNotListSessions, error))
    }
  }

  /// Read as `workbook list` reads, without plan cells and scores: an entry shows neither, and
  /// a session started from an earlier one reads that one whole again.
  private func listEntries() throws(SessionStoreError) -> [SessionListEntry] {
    try store.list(cellsAndScores: false).map { summary in
      guard let session = summary.session else {
        var problem = messages(.workshopSessionUnreadable)
        if case .broken(let reason) = summary.content { problem = "\(reason)" }
        return SessionListEntry(
          id: summary.id, title: summary.id, organization: "", updatedAt: "", progress: 0,
          problem: problem)
      }
      return SessionListEntry(session, strategy: library.strategy(id: session.strategyID))
    }
  }
}
