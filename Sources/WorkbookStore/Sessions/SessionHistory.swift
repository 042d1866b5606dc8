import Glibc
import WorkbookCore

/// Earlier versions of a session file, kept in `<folder>/.history/<id>/` as `000001.json`,
/// `000002.json`, … (higher is newer). Before a save replaces the file, the version being
/// replaced gets a second name there (a hard link, so it costs no copy); the oldest beyond
/// `limit` are removed after the save. Both history folders are reached from the session's open
/// folder and never through a link.
///
/// A version is kept at most once per `interval` while one lock is held (the first save under a
/// lock always keeps one): a burst of saves, one a keystroke, would otherwise push out within
/// seconds the versions worth going back to, and make every save pay for the history.
struct SessionHistory {
  /// The session's folder and its file's name there.
  var sessionFolder: OpenFolder
  var sessionName: String
  var fileSystem: any FileSystem
  var limit: Int
  /// Seconds between two kept versions.
  static let interval: Double = 60

  /// What a lock's earlier saves found out, so that later saves need no listing and no mkdir.
  struct Kept {
    /// The history folder, open.
    var folder: OpenFolder
    /// The versions in the folder, newest first.
    var versions: [(number: Int, name: String)]
    /// When the newest was kept (as the store's clock writes it).
    var keptAt: String
  }

  private var id: String { FilePath.stem(of: sessionName) }

  /// `<folder>/.history/<id>`, for messages.
  var folderPath: String { FilePath.join(sessionFolder.path(of: ".history"), id) }

  /// The history folder, created if missing when `creating` is true; nil when there is none.
  func folder(creating: Bool) throws(SessionStoreError) -> OpenFolder? {
    guard let history = try sessionFolder.folder(".history", creating: creating) else {
      return nil
    }
    return try history.folder(id, creating: creating)
  }

  /// The kept versions, newest first, with the folder that holds them (nil when none).
  func versions() throws(SessionStoreError) -> (
    folder: OpenFolder, versions: [(number: Int, name: String)]
  )? {
    guard let folder = try folder(creating: false) else { return nil }
    return (folder, try Self.numbered(in: folder))
  }

  /// Whether a save at `time` should keep the version it replaces.
  static func isDue(at time: String, after kept: Kept?) -> Bool {
    guard let kept,
      let last = UTCTimestamp(kept.keptAt),
      let current = UTCTimestamp(time)
    else { return true }
    let elapsed = current.seconds(since: last)
    // A clock set back is not trusted to measure the interval.
    return elapsed >= interval || elapsed < 0
  }

  /// Keeps the current file as the newest version and returns what is now kept, or nil if there
  /// is no file to keep. `kept` is what earlier saves under the same lock found; without it the
  /// folder is created if missing and listed. Only a regular file is kept: a link in the
  /// session's place is refused.
  func recordCurrentVersion(at time: String, after kept: Kept?) throws(SessionStoreError) -> Kept? {
    let current: stat
    do throws(SystemCallError) {
      guard let status = try sessionFolder.status(of: sessionName) else { return nil }
      current = status
    } catch {
      throw .system(error)
    }
    guard current.st_mode & S_IFMT == S_IFREG else {
      throw .unexpectedFile(
        path: sessionFolder.path(of: sessionName),
        found: "\(sessionFolder.kind(of: sessionName, status: current))",
        expected: "a regular file")
    }
    var versions: [(number: Int, name: String)]
    let folder: OpenFolder
    if let kept {
      folder = kept.folder
      versions = kept.versions
    } else {
      guard let created = try self.folder(creating: true) else { return nil }
      folder = created
      versions = try Self.numbered(in: folder)
    }
    let next = (versions.first?.number ?? 0) + 1
    let name = Self.name(for: next)
    do throws(SystemCallError) {
      try fileSystem.link(sessionName, in: sessionFolder, as: name, in: folder)
      try fileSystem.syncDirectory(folder)
    } catch {
      throw .system(error)
    }
    versions.insert((next, name), at: 0)
    return Kept(folder: folder, versions: versions, keptAt: time)
  }

  /// Removes the oldest versions beyond the limit and returns what remains.
  func prune(_ kept: Kept) throws(SystemCallError) -> Kept {
    var remaining = kept
    while remaining.versions.count > limit {
      try fileSystem.unlink(remaining.versions.removeLast().name, in: kept.folder)
    }
    return remaining
  }

  /// Removes every kept version and the session's history folder (`.history` itself stays, for
  /// the other sessions). Links found there are removed as links; what they point to is left.
  func removeAll() throws(SessionStoreError) {
    guard let history = try sessionFolder.folder(".history", creating: false),
      let folder = try history.folder(id, creating: false)
    else { return }
    do throws(SystemCallError) {
      for name in try folder.names() {
        try fileSystem.unlink(name, in: folder)
      }
      guard unlinkat(history.descriptor, id, AT_REMOVEDIR) == 0 else {
        throw .last("remove the folder", folderPath)
      }
      try fileSystem.syncDirectory(history)
    } catch {
      throw .system(error)
    }
  }

  static func name(for number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".json"
  }

  private static func numbered(in folder: OpenFolder) throws(SessionStoreError) -> [(
    number: Int, name: String
  )] {
    let names: [String]
    do { names = try folder.names() } catch { throw .system(error) }
    return
      names
      .compactMap { name in
        guard name.hasSuffix(".json"), let number = Int(FilePath.stem(of: name)) else { return nil }
        return (number, name)
      }
      .sorted { $0.number > $1.number }
  }
}
