import FoundationEssentials
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
  /// How many earlier versions of each session are kept.
  public static let historyLimit = 5

  public init(
    directory: String, fileSystem: any FileSystem = SystemFileSystem(),
    now: @escaping @Sendable () -> String = SessionStore.currentTime
  ) {
    self.directory = directory
    self.fileSystem = fileSystem
    self.now = now
  }

  /// The current time as ISO 8601 in UTC, as sessions store it.
  @Sendable public static func currentTime() -> String { Date.now.formatted(.iso8601) }

  public func path(forID id: String) -> String { FilePath.join(directory, id + ".json") }

  // MARK: Creating

  /// Stores a new session under a fresh id, with its created and updated times set to now.
  public func create(_ draft: Session) throws(SessionStoreError) -> Session {
    try prepareDirectory()
    var session = draft
    session.id = unusedID()
    session.createdAt = now()
    session.updatedAt = session.createdAt
    let path = path(forID: session.id)
    let lock = try lock(path)
    guard !FileManager.default.fileExists(atPath: path) else { throw .alreadyExists(path: path) }
    do throws(SystemCallError) {
      try AtomicFileWriter(fileSystem: fileSystem).write(
        SessionFileFormat.encode(session), to: path)
    } catch {
      throw .system(error)
    }
    lock.release()
    return session
  }

  private func unusedID() -> String {
    while true {
      let id = SessionID.random()
      if !FileManager.default.fileExists(atPath: path(forID: id)) { return id }
    }
  }

  private func prepareDirectory() throws(SessionStoreError) {
    do throws(SystemCallError) { try Directories.create(directory) } catch { throw .system(error) }
  }

  // MARK: Reading

  /// Reads a session without locking it; an older schema is migrated in memory only.
  public func load(_ path: String) throws(SessionStoreError) -> Session {
    try read(path).session
  }

  private func read(_ path: String) throws(SessionStoreError) -> (
    session: Session, schema: Int, bytes: [UInt8]
  ) {
    let bytes = try readBytes(path)
    do throws(SessionFileProblem) {
      let decoded = try SessionFileFormat.decode(bytes)
      return (decoded.session, decoded.schema, bytes)
    } catch {
      throw .unreadable(path: path, problem: error)
    }
  }

  func readBytes(_ path: String) throws(SessionStoreError) -> [UInt8] {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system(.last("open", path)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while true {
      let count = buffer.withUnsafeMutableBytes { Glibc.read(descriptor, $0.baseAddress, $0.count) }
      if count < 0 {
        if errno == EINTR { continue }
        throw .system(.last("read", path))
      }
      if count == 0 { return bytes }
      bytes += buffer[0..<count]
    }
  }

  // MARK: Editing

  /// Takes the session's lock (see `SessionLock`) and sweeps away temporary files that a killed
  /// save left behind.
  public func lock(_ path: String) throws(SessionStoreError) -> SessionLock {
    let lock = try SessionLock.acquire(sessionPath: path, holder: currentHolder())
    let folder = FilePath.folder(of: path)
    let name = FilePath.name(of: path)
    for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    where AtomicFileWriter.isTemporary(entry, for: name) {
      try? fileSystem.unlink(FilePath.join(folder, entry))
    }
    return lock
  }

  /// Reads the locked session. A file of an older schema is first kept as a backup beside it
  /// (`<id>.schema<N>.bak`, see `backupPath`), then rewritten in the current schema.
  public func loadForEditing(holding lock: SessionLock) throws(SessionStoreError)
    -> Session
  {
    let path = lock.sessionPath
    let (session, schema, bytes) = try read(path)
    guard schema < SessionFileFormat.currentSchema else { return session }
    let backup = backupPath(for: path, schema: schema)
    let writer = AtomicFileWriter(fileSystem: fileSystem)
    do throws(SystemCallError) {
      if !FileManager.default.fileExists(atPath: backup) { try writer.write(bytes, to: backup) }
      try writer.write(SessionFileFormat.encode(session), to: path)
    } catch {
      throw .system(error)
    }
    return session
  }

  /// Where the original of a file migrated from `schema` is kept.
  public func backupPath(for path: String, schema: Int) -> String {
    FilePath.join(FilePath.folder(of: path), "\(FilePath.stem(of: path)).schema\(schema).bak")
  }

  /// Saves the locked session with its updated time set to now, keeping the version it replaces
  /// in the history if none was kept in the last minute under this lock (see `SessionHistory`).
  /// Atomic and durable: on any error the previous version is intact.
  @discardableResult
  public func save(_ session: Session, holding lock: SessionLock)
    throws(SessionStoreError) -> Session
  {
    var saved = session
    saved.updatedAt = now()
    let history = history(of: lock.sessionPath)
    let kept = lock.keptHistory
    lock.keptHistory = nil
    do throws(SystemCallError) {
      var nowKept = kept
      if SessionHistory.isDue(at: saved.updatedAt, after: kept) {
        nowKept = try history.recordCurrentVersion(at: saved.updatedAt, after: kept)
      }
      try AtomicFileWriter(fileSystem: fileSystem).write(
        SessionFileFormat.encode(saved), to: lock.sessionPath)
      if let nowKept { lock.keptHistory = try history.prune(nowKept) }
    } catch {
      throw .system(error)
    }
    return saved
  }

  /// The kept earlier versions of a session, newest first.
  public func historyVersions(of path: String) -> [String] { history(of: path).versions() }

  private func history(of path: String) -> SessionHistory {
    SessionHistory(sessionPath: path, fileSystem: fileSystem, limit: Self.historyLimit)
  }

  /// Removes a session file (refused while someone edits it). Its history is kept.
  public func delete(_ path: String) throws(SessionStoreError) {
    let lock = try lock(path)
    do throws(SystemCallError) {
      try fileSystem.unlink(path)
      try fileSystem.syncDirectory(FilePath.folder(of: path))
    } catch {
      throw .system(error)
    }
    lock.release()
  }

  // MARK: Finding

  /// Every `*.json` file of the folder, newest first, broken files last with their problem.
  public func list() -> [SessionSummary] {
    sessionFiles().map { path in
      do throws(SessionStoreError) {
        return SessionSummary(path: path, content: .session(try load(path)))
      } catch {
        if case .unreadable(_, let problem) = error {
          return SessionSummary(path: path, content: .broken(problem))
        }
        return SessionSummary(
          path: path, content: .broken(.invalidField(path: "", detail: "\(error)")))
      }
    }
    .sorted { lhs, rhs in
      switch (lhs.session, rhs.session) {
      case (let left?, let right?):
        left.updatedAt != right.updatedAt ? left.updatedAt > right.updatedAt : lhs.path < rhs.path
      case (.some, .none): true
      case (.none, .some): false
      case (.none, .none): lhs.path < rhs.path
      }
    }
  }

  /// The file a user means by SESSION: a path (with a "/" or ending in ".json"), an id, or a
  /// prefix of exactly one id.
  public func resolve(_ reference: String) throws(SessionStoreError) -> String {
    if reference.contains("/") || reference.hasSuffix(".json") {
      if FileManager.default.fileExists(atPath: reference) { return reference }
      // A bare file name, as `workbook list` shows it, names a file in the sessions folder.
      let inFolder = FilePath.join(directory, reference)
      if !reference.contains("/") && FileManager.default.fileExists(atPath: inFolder) {
        return inFolder
      }
      throw .notFound(
        reference: reference,
        folder: reference.contains("/") ? FilePath.folder(of: reference) : directory)
    }
    // Ids are lowercase; a reference typed in capitals still finds its session.
    let id = reference.lowercased()
    guard !id.isEmpty else { throw .notFound(reference: reference, folder: directory) }
    let files = sessionFiles()
    if let exact = files.first(where: { FilePath.stem(of: $0) == id }) { return exact }
    let matches = files.filter { FilePath.stem(of: $0).hasPrefix(id) }
    switch matches.count {
    case 1: return matches[0]
    case 0: throw .notFound(reference: reference, folder: directory)
    default: throw .ambiguous(reference: reference, matches: matches.map { FilePath.stem(of: $0) })
    }
  }

  /// Every `*.json` file of the folder (hidden ones left out), sorted by name.
  public func sessionFiles() -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
    return
      names
      .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
      .sorted()
      .map { FilePath.join(directory, $0) }
  }

  private func currentHolder() -> LockHolder {
    var host = [UInt8](repeating: 0, count: 256)
    gethostname(&host, host.count - 1)
    let user =
      getpwuid(getuid()).flatMap { String(cString: $0.pointee.pw_name) }
      ?? ProcessInfo.processInfo.environment["USER"] ?? "uid \(getuid())"
    return LockHolder(
      pid: getpid(), host: String(decoding: host.prefix { $0 != 0 }, as: UTF8.self), user: user,
      since: now())
  }
}
