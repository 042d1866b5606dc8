import WorkbookCore

/// Version N of the session the save loop writes: the title says N and the notes (about 17 KB)
/// repeat it, so a file that mixed two versions would show.
enum SessionStoreHelperVersion {
  static func session(_ version: Int, from session: Session) -> Session {
    var changed = session
    changed.title = "Version \(version)"
    changed.facilitatorNotes = notes(version)
    return changed
  }

  /// The version a session holds: N for "Version N", 0 for any other title.
  static func number(of session: Session) -> Int {
    guard session.title.hasPrefix("Version ") else { return 0 }
    return Int(session.title.dropFirst("Version ".count)) ?? 0
  }

  static func notes(_ version: Int) -> String {
    String(repeating: "This is version \(version) of the notes.\n", count: 500)
  }
}
