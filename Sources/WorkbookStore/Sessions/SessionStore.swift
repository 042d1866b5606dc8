import Glibc
import WorkbookCore

/// The sessions folder: one `<id>.json` per session (see `SessionFileFormat`), a `<id>.lock`
/// while someone edits it, and `.history/<id>/` with its last versions.
///
/// Editing goes: `lock(path)`, `loadForEditing(holding:)`, `save(_:holding:)`, `release()`.
/// Reading needs no lock: `load(path)`.
public struct SessionStore: Sendable {
  public let directory: String
  let fileSystem: any FileSystem
  let now: @Sendable () -> String
  /// The strategies, when known: a file of schema 0 needs them to migrate (who had answered
  /// every score item counts as having finished scoring). Asked for only then, so that a front
  /// end can read a session while its content is still being read.
  let content: @Sendable () -> ContentLibrary?
  /// How many earlier versions of each session are kept.
  public static let historyLimit = 5

  public init(
    directory: String, fileSystem: any FileSystem = SystemFileSystem(),
    now: @escaping @Sendable () -> String = SessionStore.currentTime,
    content: ContentLibrary? = nil
  ) {
    self.init(
      directory: directory, fileSystem: fileSystem, now: now, contentWhenNeeded: { content })
  }

  /// A store whose strategies are asked for only when a file of schema 0 needs them.
  public init(
    directory: String, fileSystem: any FileSystem = SystemFileSystem(),
    now: @escaping @Sendable () -> String = SessionStore.currentTime,
    contentWhenNeeded: @escaping @Sendable () -> ContentLibrary?
  ) {
    self.directory = directory
    self.fileSystem = fileSystem
    self.now = now
    self.content = contentWhenNeeded
  }

  /// The current time as ISO 8601 in UTC, as sessions store it.
  @Sendable public static func currentTime() -> String { UTCTime.now() }

  public func path(forID id: String) -> String { FilePath.join(directory, id + ".json") }

  // MARK: Creating

  /// Stores a new session under a fresh id, with its created and updated times set to now.
  public func create(_ draft: Session) throws(SessionStoreError) -> Session {
    let folder = try prepareDirectory()
    var session = draft
    session.id = try unusedID(in: folder)
    session.createdAt = now()
    session.updatedAt = session.createdAt
    let name = session.id + ".json"
    let path = path(forID: session.id)
    let lock = try SessionLock.acquire(
      in: folder, sessionName: name, sessionPath: path, holder: currentHolder())
    guard try !Self.exists(name, in: folder) else { throw .alreadyExists(path: path) }
    try AtomicFileWriter(fileSystem: fileSystem).write(
      SessionFileFormat.encode(session), to: name, in: folder)
    lock.release()
    return session
  }

  private func unusedID(in folder: OpenFolder) throws(SessionStoreError) -> String {
    while true {
      let id = SessionID.random()
      if try !Self.exists(id + ".json", in: folder) { return id }
    }
  }

  private static func exists(_ name: String, in folder: OpenFolder) throws(SessionStoreError)
    -> Bool
  {
    do { return try folder.status(of: name) != nil } catch { throw .system(error) }
  }

  private func prepareDirectory() throws(SessionStoreError) -> OpenFolder {
    do throws(SystemCallError) { try Directories.create(directory) } catch { throw .system(error) }
    return try SessionFolder.existing(directory)
  }

  // MARK: Reading

  /// Reads a session without locking it; an older schema is migrated in memory only.
  public func load(_ path: String) throws(SessionStoreError) -> Session {
    let folder = try SessionFolder.existing(FilePath.folder(of: path))
    return try read(
      FilePath.name(of: path), in: folder, path: path, checkingID: isSessionsFolder(folder)
    ).session
  }

  /// Reads `name` in `folder` (`path` names it in messages): only a regular file, not a link,
  /// of at most `RegularFile.sizeLimit` bytes. In the sessions folder, where sessions are found
  /// by id, the file's name must be its session's id (`checkingID`).
  private func read(_ name: String, in folder: OpenFolder, path: String, checkingID: Bool)
    throws(SessionStoreError) -> (session: Session, schema: Int, bytes: [UInt8])
  {
    let bytes = try readBytes(name, in: folder, path: path)
    let session: Session
    let schema: Int
    do throws(SessionFileProblem) {
      (session, schema) = try SessionFileFormat.decode(bytes) { strategyID in
        content()?.strategy(id: strategyID)?.scoreItems.map(\.id)
      }
    } catch {
      throw .unreadable(path: path, problem: error)
    }
    if checkingID && session.id != FilePath.stem(of: name) {
      throw .unreadable(path: path, problem: .idDoesNotMatchName(id: session.id, name: name))
    }
    return (session, schema, bytes)
  }

  /// The bytes of the file at `path`, read as `load` reads a session: in a folder no one else can
  /// change, never through a link, only a regular file of at most `RegularFile.sizeLimit` bytes.
  func readBytes(_ path: String) throws(SessionStoreError) -> [UInt8] {
    let folder = try SessionFolder.existing(FilePath.folder(of: path))
    return try readBytes(FilePath.name(of: path), in: folder, path: path)
  }

  private func readBytes(_ name: String, in folder: OpenFolder, path: String)
    throws(SessionStoreError) -> [UInt8]
  {
    do throws(RegularFile.Refusal) {
      return try RegularFile.read(name, in: folder)
    } catch {
      throw Self.error(of: error, path: path)
    }
  }

  private static func error(of refusal: RegularFile.Refusal, path: String) -> SessionStoreError {
    switch refusal {
    case .notRegular(let kind): .unreadable(path: path, problem: .notARegularFile(kind))
    case .tooLarge(let size, let limit):
      .unreadable(path: path, problem: .tooLarge(size: size, limit: limit))
    case .system(let failure) where failure.code == ENOENT: .system(failure)
    case .system(let failure): .unreadable(path: path, problem: .cannotRead(reason: failure.reason))
    }
  }

  /// Reads `name` in the sessions folder as `read` does with `checkingID`, for `workbook list`
  /// (see `SessionFileFormat.decodeForListing`): into `buffer`, kept from file to file.
  private func readForListing(
    _ name: String, in folder: OpenFolder, path: String, buffer: inout [UInt8]
  ) throws(SessionStoreError) -> Session {
    let count: Int
    do throws(RegularFile.Refusal) {
      count = try RegularFile.read(name, in: folder, into: &buffer)
    } catch {
      throw Self.error(of: error, path: path)
    }
    let session: Session
    do throws(SessionFileProblem) {
      session = try buffer.withUnsafeBufferPointer { buffer throws(SessionFileProblem) in
        try SessionFileFormat.decodeForListing(UnsafeBufferPointer(rebasing: buffer[..<count])) {
          strategyID in content()?.strategy(id: strategyID)?.scoreItems.map(\.id)
        }
      }
    } catch {
      throw .unreadable(path: path, problem: error)
    }
    if session.id != FilePath.stem(of: name) {
      throw .unreadable(path: path, problem: .idDoesNotMatchName(id: session.id, name: name))
    }
    return session
  }

  /// Whether `folder` is the sessions folder itself (the same folder, however it was named).
  private func isSessionsFolder(_ folder: OpenFolder) -> Bool {
    guard let sessions = try? OpenFolder.open(directory) else { return false }
    return folder.isSame(as: sessions)
  }

  // MARK: Editing

  /// Takes the session's lock (see `SessionLock`) and sweeps away temporary files that a killed
  /// save left behind.
  public func lock(_ path: String) throws(SessionStoreError) -> SessionLock {
    let lock = try SessionLock.acquire(sessionPath: path, holder: currentHolder())
    for entry in (try? lock.folder.names(beginningWith: ".\(lock.sessionName).")) ?? []
    where AtomicFileWriter.isTemporary(entry, for: lock.sessionName) {
      try? fileSystem.unlink(entry, in: lock.folder)
    }
    return lock
  }

  /// Reads the locked session. A file of an older schema is first kept as a backup beside it
  /// (`<id>.schema<N>.bak`, see `backupPath`), then rewritten in the current schema.
  public func loadForEditing(holding lock: SessionLock) throws(SessionStoreError)
    -> Session
  {
    let (session, schema, bytes) = try read(
      lock.sessionName, in: lock.folder, path: lock.sessionPath,
      checkingID: isSessionsFolder(lock.folder))
    guard schema < SessionFileFormat.currentSchema else { return session }
    let backup = FilePath.name(of: backupPath(for: lock.sessionPath, schema: schema))
    let writer = AtomicFileWriter(fileSystem: fileSystem)
    // A backup kept earlier stays; anything else by its name (a link) would leave none.
    let existing: stat?
    do { existing = try lock.folder.status(of: backup) } catch { throw .system(error) }
    if let existing, existing.st_mode & S_IFMT != S_IFREG {
      throw .unexpectedFile(
        path: lock.folder.path(of: backup),
        found: "\(lock.folder.kind(of: backup, status: existing))",
        expected: "the backup of the session as it was before its migration")
    }
    if existing == nil { try writer.write(bytes, to: backup, in: lock.folder) }
    try writer.write(SessionFileFormat.encode(session), to: lock.sessionName, in: lock.folder)
    return session
  }

  /// Where the original of a file migrated from `schema` is kept.
  public func backupPath(for path: String, schema: Int) -> String {
    FilePath.join(FilePath.folder(of: path), "\(FilePath.stem(of: path)).schema\(schema).bak")
  }

  /// Saves the locked session with its updated time set to now, keeping the version it replaces
  /// in the history if none was kept in the last minute under this lock (see `SessionHistory`).
  /// Atomic and durable: on any error the previous version is intact. The file keeps its
  /// permissions and owner; a link put in its place is refused, not replaced.
  @discardableResult
  public func save(_ session: Session, holding lock: SessionLock)
    throws(SessionStoreError) -> Session
  {
    var saved = session
    saved.updatedAt = now()
    let history = history(of: lock)
    let kept = lock.keptHistory
    lock.keptHistory = nil
    var nowKept = kept
    if SessionHistory.isDue(at: saved.updatedAt, after: kept) {
      nowKept = try history.recordCurrentVersion(at: saved.updatedAt, after: kept)
    }
    try AtomicFileWriter(fileSystem: fileSystem).write(
      SessionFileFormat.encode(saved), to: lock.sessionName, in: lock.folder)
    if let nowKept {
      do { lock.keptHistory = try history.prune(nowKept) } catch { throw .system(error) }
    }
    return saved
  }

  private func history(of lock: SessionLock) -> SessionHistory {
    SessionHistory(
      sessionFolder: lock.folder, sessionName: lock.sessionName, fileSystem: fileSystem,
      limit: Self.historyLimit)
  }

  // MARK: History

  /// The kept earlier versions of the session at `path`, newest first, each read; a version
  /// that cannot be read is listed with its problem.
  public func history(of path: String) throws(SessionStoreError) -> [SessionVersion] {
    let folder = try SessionFolder.existing(FilePath.folder(of: path))
    let history = SessionHistory(
      sessionFolder: folder, sessionName: FilePath.name(of: path), fileSystem: fileSystem,
      limit: Self.historyLimit)
    guard let (historyFolder, versions) = try history.versions() else { return [] }
    return versions.map { number, name in
      let versionPath = historyFolder.path(of: name)
      let size = ((try? historyFolder.status(of: name)) ?? nil).map { Int($0.st_size) } ?? 0
      let content: SessionSummary.Content
      do throws(SessionStoreError) {
        content = .session(
          try read(name, in: historyFolder, path: versionPath, checkingID: false).session)
      } catch {
        content = .broken(Self.problem(of: error))
      }
      return SessionVersion(number: number, path: versionPath, size: size, content: content)
    }
  }

  /// Makes kept version `number` the current one, under the session's lock (refused while
  /// someone edits it). The version it replaces goes into the history first, as before any
  /// save, so a restore can itself be undone; the restored session's updated time is now.
  @discardableResult
  public func restore(version number: Int, of path: String) throws(SessionStoreError)
    -> RestoredVersion
  {
    let lock = try lock(path)
    defer { lock.release() }
    let found = try history(of: lock).versions()
    guard let found, let entry = found.versions.first(where: { $0.number == number }) else {
      throw .noSuchVersion(
        path: path, number: number, kept: (found?.versions.map(\.number) ?? []).reversed())
    }
    let versionPath = found.folder.path(of: entry.name)
    let version = try read(entry.name, in: found.folder, path: versionPath, checkingID: false)
      .session
    let id = FilePath.stem(of: lock.sessionName)
    guard version.id == id else {
      throw .unreadable(
        path: versionPath,
        problem: .invalidField(path: "session.id", detail: "is \"\(version.id)\", not \"\(id)\""))
    }
    let restored = try save(version, holding: lock)
    return RestoredVersion(
      session: restored, replacedKeptAs: lock.keptHistory?.versions.first?.number)
  }

  // MARK: Deleting

  /// Removes a session (refused while someone edits it) with all the workbook keeps of it: its
  /// history and the backups of its migrations. The session file goes last, so that a deletion
  /// that fails part way leaves the session there to try again.
  public func delete(_ path: String) throws(SessionStoreError) {
    let lock = try lock(path)
    try history(of: lock).removeAll()
    let backups = FilePath.stem(of: lock.sessionName) + ".schema"
    do throws(SystemCallError) {
      for name in try lock.folder.names(beginningWith: backups) where name.hasSuffix(".bak") {
        try fileSystem.unlink(name, in: lock.folder)
      }
      try fileSystem.unlink(lock.sessionName, in: lock.folder)
      try fileSystem.syncDirectory(lock.folder)
    } catch {
      throw .system(error)
    }
    lock.release()
  }

  // MARK: Finding

  /// Checks that the sessions folder, if it exists yet, is a folder the workbook will use
  /// (see `FolderSafety`).
  public func checkFolder() throws(SessionStoreError) {
    _ = try SessionFolder.open(directory)
  }

  /// Every `*.json` file of the folder, newest first, broken files last with their problem.
  /// No sessions when the folder does not exist yet; an error when it cannot be listed.
  /// Without `cellsAndScores`, each session comes without its plan rows' cells and its
  /// participants' scores, as `workbook list` needs it (`SessionFileFormat.decodeForListing`):
  /// the same files are broken, with the same problems, either way.
  public func list(cellsAndScores: Bool = true) throws(SessionStoreError) -> [SessionSummary] {
    guard let folder = try SessionFolder.open(directory) else { return [] }
    var buffer: [UInt8] = []
    let summaries = try sessionNames(in: folder).map { name in
      let path = FilePath.join(directory, name)
      do throws(SessionStoreError) {
        let session =
          cellsAndScores
          ? try read(name, in: folder, path: path, checkingID: true).session
          : try readForListing(name, in: folder, path: path, buffer: &buffer)
        return SessionSummary(path: path, content: .session(session))
      } catch {
        return SessionSummary(path: path, content: .broken(Self.problem(of: error)))
      }
    }
    // Sorted by keys taken out once: a comparison that took each session out of its summary
    // would copy it, every field retained and released, and was most of the sorting.
    let keys = summaries.map { (updatedAt: $0.session?.updatedAt, path: $0.path) }
    return keys.indices.sorted { lhs, rhs in
      let left = keys[lhs]
      let right = keys[rhs]
      switch (left.updatedAt, right.updatedAt) {
      case (let leftTime?, let rightTime?):
        return leftTime != rightTime ? leftTime > rightTime : left.path < right.path
      case (.some, .none): return true
      case (.none, .some): return false
      case (.none, .none): return left.path < right.path
      }
    }
    .map { summaries[$0] }
  }

  private static func problem(of error: SessionStoreError) -> SessionFileProblem {
    if case .unreadable(_, let problem) = error { return problem }
    return .cannotRead(reason: "\(error)")
  }

  /// The file a user means by SESSION: a path (with a "/" or ending in ".json"), an id, or a
  /// prefix of exactly one id.
  public func resolve(_ reference: String) throws(SessionStoreError) -> String {
    if reference.contains("/") || reference.hasSuffix(".json") {
      if Self.exists(reference) { return reference }
      // A bare file name, as `workbook list` shows it, names a file in the sessions folder.
      let inFolder = FilePath.join(directory, reference)
      if !reference.contains("/") && Self.exists(inFolder) { return inFolder }
      throw .notFound(
        reference: reference,
        folder: reference.contains("/") ? FilePath.folder(of: reference) : directory)
    }
    // Ids are lowercase; a reference typed in capitals still finds its session.
    let id = reference.lowercased()
    guard !id.isEmpty else { throw .notFound(reference: reference, folder: directory) }
    guard let folder = try SessionFolder.open(directory) else {
      throw .notFound(reference: reference, folder: directory)
    }
    // An exact id is looked up by its file's name: a folder may hold years of sessions, and only
    // a prefix needs them all read. Hidden files are never sessions.
    if !id.hasPrefix(".") {
      let name = "\(id).json"
      let found: stat?
      do { found = try folder.status(of: name) } catch { throw .system(error) }
      if found != nil { return FilePath.join(directory, name) }
    }
    let files = try sessionNames(in: folder).map { FilePath.join(directory, $0) }
    let matches = files.filter { FilePath.stem(of: $0).hasPrefix(id) }
    switch matches.count {
    case 1: return matches[0]
    case 0: throw .notFound(reference: reference, folder: directory)
    default: throw .ambiguous(reference: reference, matches: matches.map { FilePath.stem(of: $0) })
    }
  }

  /// Whether anything (a link included) is at `path`.
  private static func exists(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0
  }

  /// The session files' names in `folder`, sorted: `*.json`, not hidden.
  private func sessionNames(in folder: OpenFolder) throws(SessionStoreError) -> [String] {
    let names: [String]
    do { names = try folder.names() } catch { throw .system(error) }
    return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
  }

  /// Every `*.json` file of the sessions folder (hidden ones left out), sorted by name; none when
  /// the folder does not exist yet.
  public func sessionFiles() throws(SessionStoreError) -> [String] {
    guard let folder = try SessionFolder.open(directory) else { return [] }
    return try sessionNames(in: folder).map { FilePath.join(directory, $0) }
  }

  private func currentHolder() -> LockHolder {
    let account = LocalAccount.current
    return LockHolder(pid: getpid(), host: account.host, user: account.user, since: now())
  }
}
