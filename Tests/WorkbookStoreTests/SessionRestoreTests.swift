import Testing
import WorkbookCore
import WorkbookStore

/// The kept versions of a session, listed and put back: a restore keeps the version it replaces,
/// so it can be undone, and waits for whoever has the session open.
@Suite struct SessionRestoreTests {
  let store = SessionTestSupport.store()
  var path: String { store.path(forID: "fullsess") }

  /// Saves versions titled "Version 1" to "Version 3", each in an editing round of its own.
  init() throws {
    var session = SessionTestSupport.fullSession()
    for version in 1...3 {
      session.title = "Version \(version)"
      try SessionTestSupport.save(session, at: path, in: store)
    }
  }

  private func titles() throws -> [String] {
    try store.history(of: path).map { $0.content.sessionTitle ?? "broken" }
  }

  @Test func theKeptVersionsAreListedNewestFirst() throws {
    let versions = try store.history(of: path)
    #expect(versions.map(\.number) == [2, 1])
    #expect(try titles() == ["Version 2", "Version 1"])
    #expect(versions[0].size == SessionTestSupport.bytes(at: versions[0].path)?.count)
  }

  @Test func aRestoreKeepsTheVersionItReplacesSoItCanBeUndone() throws {
    let restored = try store.restore(version: 1, of: path)
    #expect(restored.session.title == "Version 1")
    #expect(restored.replacedKeptAs == 3)
    #expect(try store.load(path).title == "Version 1")
    #expect(try titles() == ["Version 3", "Version 2", "Version 1"])

    try store.restore(version: 3, of: path)
    #expect(try store.load(path).title == "Version 3")
  }

  @Test func aBrokenSessionFileIsRestoredAndKept() throws {
    SessionTestSupport.write(Array("{\"schema\": 1, \"sess".utf8), to: path)
    #expect(throws: SessionStoreError.self) { try store.load(path) }
    try store.restore(version: 2, of: path)
    #expect(try store.load(path).title == "Version 2")
    let kept = try store.history(of: path)[0]
    guard case .broken(.truncated) = kept.content else {
      Issue.record("the broken file should be kept as the newest version")
      return
    }
  }

  @Test func aRestoreWaitsForWhoeverHasTheSessionOpen() throws {
    let lock = try store.lock(path)
    #expect {
      try store.restore(version: 1, of: path)
    } throws: { error in
      guard case .locked = error as? SessionStoreError else { return false }
      return true
    }
    lock.release()
    #expect(try store.load(path).title == "Version 3")
  }

  @Test func aVersionThatIsNotKeptIsNamedWithThoseThatAre() throws {
    #expect {
      try store.restore(version: 7, of: path)
    } throws: { error in
      "\(error)"
        == "the session \(path) has no kept version 7; the kept versions are 1, 2 "
        + "(`workbook history` lists them)"
    }
  }
}

extension SessionSummary.Content {
  var sessionTitle: String? {
    if case .session(let session) = self { return session.title }
    return nil
  }
}
