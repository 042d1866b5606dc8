import FoundationEssentials

/// Earlier versions of a session file, kept in `<folder>/.history/<name>/` as `000001.json`,
/// `000002.json`, … (higher is newer). Before a save replaces the file, the version being
/// replaced gets a second name there (a hard link, so it costs no copy); the oldest beyond
/// `limit` are removed after the save.
///
/// A version is kept at most once per `interval` while one lock is held (the first save under a
/// lock always keeps one): a burst of saves, one a keystroke, would otherwise push out within
/// seconds the versions worth going back to, and make every save pay for the history.
struct SessionHistory {
  var sessionPath: String
  var fileSystem: any FileSystem
  var limit: Int
  /// Seconds between two kept versions.
  static let interval: Double = 60

  /// What a lock's earlier saves found out, so that later saves need no listing and no mkdir.
  struct Kept {
    /// The versions in the folder, newest first.
    var versions: [(number: Int, name: String)]
    /// When the newest was kept (as the store's clock writes it).
    var keptAt: String
  }

  var folder: String {
    FilePath.join(
      FilePath.join(FilePath.folder(of: sessionPath), ".history"), FilePath.stem(of: sessionPath))
  }

  /// The kept versions, newest first.
  func versions() -> [String] {
    numbered().map { FilePath.join(folder, $0.name) }
  }

  /// Whether a save at `time` should keep the version it replaces.
  static func isDue(at time: String, after kept: Kept?) -> Bool {
    guard let kept,
      let last = try? Date(kept.keptAt, strategy: .iso8601),
      let current = try? Date(time, strategy: .iso8601)
    else { return true }
    let elapsed = current.timeIntervalSince(last)
    // A clock set back is not trusted to measure the interval.
    return elapsed >= interval || elapsed < 0
  }

  /// Keeps the current file as the newest version and returns what is now kept, or nil if there
  /// is no file to keep. `kept` is what earlier saves under the same lock found; without it the
  /// folder is created if missing and listed.
  func recordCurrentVersion(at time: String, after kept: Kept?) throws(SystemCallError) -> Kept? {
    guard FileManager.default.fileExists(atPath: sessionPath) else { return nil }
    var versions: [(number: Int, name: String)]
    if let kept {
      versions = kept.versions
    } else {
      try Directories.create(folder)
      versions = numbered()
    }
    let next = (versions.first?.number ?? 0) + 1
    let name = Self.name(for: next)
    try fileSystem.link(sessionPath, to: FilePath.join(folder, name))
    try fileSystem.syncDirectory(folder)
    versions.insert((next, name), at: 0)
    return Kept(versions: versions, keptAt: time)
  }

  /// Removes the oldest versions beyond the limit and returns what remains.
  func prune(_ kept: Kept) throws(SystemCallError) -> Kept {
    var remaining = kept
    while remaining.versions.count > limit {
      try fileSystem.unlink(FilePath.join(folder, remaining.versions.removeLast().name))
    }
    return remaining
  }

  static func name(for number: Int) -> String {
    let digits = String(number)
    return String(repeating: "0", count: max(0, 6 - digits.count)) + digits + ".json"
  }

  private func numbered() -> [(number: Int, name: String)] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
    return
      names
      .compactMap { name in
        guard name.hasSuffix(".json"), let number = Int(FilePath.stem(of: name)) else { return nil }
        return (number, name)
      }
      .sorted { $0.number > $1.number }
  }
}
