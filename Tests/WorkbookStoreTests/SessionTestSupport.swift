import Glibc
import Testing
import WorkbookCore
import WorkbookStore
import WorkbookTestSupport

/// Folders, files and sessions for the session store's tests.
enum SessionTestSupport {
  static let time = "2026-11-25T10:00:00Z"

  /// A store in a fresh private folder, with a fixed clock.
  static func store(fileSystem: any FileSystem = SystemFileSystem()) -> SessionStore {
    SessionStore(directory: temporaryFolder(), fileSystem: fileSystem, now: { time })
  }

  static func temporaryFolder() -> String { TemporaryFolder.make() }

  /// A session with something in every field, including text that JSON must escape.
  static func fullSession(id: String = "fullsess") -> Session {
    Session(
      id: id, title: "Spring \"retreat\" 2026", organization: "Wikimedia Ελλάδα",
      createdAt: "2026-11-20T09:30:00Z", updatedAt: "2026-11-21T17:45:10Z", mode: .workshop,
      participants: [
        Participant(
          id: "p1", name: "Ana", scores: ["gatherings": .score(4), "overall": .dontKnow],
          finishedScoring: true),
        Participant(id: "p2", name: "Björn", scores: ["gatherings": .notApplicable]),
      ],
      anonymous: true, strategyID: "online-contributors", contentVersion: "1",
      scoresRevealed: true,
      reflection: ["strength": ReflectionAnswer(text: "Line one\nline two", choice: "strength")],
      reviews: [
        "case-studies": RecommendationReview(status: .tryNext, priority: .high, note: "Ask")
      ],
      plan: [
        PlanRow(id: "r1", cells: ["goal": "Meet monthly", "who": "Ana"], recommendationID: "meet"),
        PlanRow(id: "r2", cells: ["goal": "Write a guide / FAQ"]),
      ],
      facilitatorNotes: "Tab\tand emoji 🎉")
  }

  static func bytes(at path: String) -> [UInt8]? { TemporaryFolder.bytes(at: path) }

  static func write(_ bytes: [UInt8], to path: String) {
    let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    precondition(descriptor >= 0, "cannot write \(path)")
    _ = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
    close(descriptor)
  }

  static func fixture(_ name: String, filePath: String = #filePath) -> [UInt8] {
    let folder = String(filePath[..<filePath.lastIndex(of: "/")!])
    return bytes(at: folder + "/SessionFixtures/" + name)!
  }

  static func permissions(of path: String) -> mode_t {
    var info = stat()
    precondition(stat(path, &info) == 0, "cannot stat \(path)")
    return info.st_mode & 0o777
  }

  /// The names in `folder`, sorted; none when it cannot be listed.
  static func names(in folder: String) -> [String] {
    (try? TemporaryFolder.names(in: folder)) ?? []
  }

  /// Saves `session` at `path` under a short-lived lock, as one editing round does.
  @discardableResult
  static func save(_ session: Session, at path: String, in store: SessionStore) throws -> Session {
    let lock = try store.lock(path)
    let saved = try store.save(session, holding: lock)
    lock.release()
    return saved
  }
}
