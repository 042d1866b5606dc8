import FoundationEssentials

/// Earlier versions of a session file, kept in `<folder>/.history/<name>/` as `000001.json`,
/// `000002.json`, … (higher is newer). Before a save replaces the file, the version being
/// replaced gets a second name there (a hard link, so it costs no copy); the oldest beyond
/// `limit` are removed after the save.
struct SessionHistory {
  var sessionPath: String
  var fileSystem: any FileSystem
  var limit: Int

  var folder: String {
    FilePath.join(
      FilePath.join(FilePath.folder(of: sessionPath), ".history"), FilePath.stem(of: sessionPath))
  }

  /// The kept versions, newest first.
  func versions() -> [String] {
    numbered().map { FilePath.join(folder, $0.name) }
  }

  /// Keeps the current file as the newest history version. Nothing to keep if there is no file.
  func recordCurrentVersion() throws(SystemCallError) {
    guard FileManager.default.fileExists(atPath: sessionPath) else { return }
    try Directories.create(folder)
    let next = (numbered().first?.number ?? 0) + 1
    try fileSystem.link(sessionPath, to: FilePath.join(folder, Self.name(for: next)))
    try fileSystem.syncDirectory(folder)
  }

  /// Removes the oldest versions beyond the limit.
  func prune() throws(SystemCallError) {
    for old in numbered().dropFirst(limit) {
      try fileSystem.unlink(FilePath.join(folder, old.name))
    }
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
