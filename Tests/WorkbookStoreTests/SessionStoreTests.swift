import Testing
import WorkbookCore
import WorkbookStore

@Suite struct SessionStoreTests {
  let store = SessionTestSupport.store()

  @Test func aFullSessionRoundTripsAsDeterministicSortedJSON() throws {
    let path = store.path(forID: "fullsess")
    let saved = try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
    #expect(saved.updatedAt == SessionTestSupport.time)
    #expect(try store.load(path) == saved)
    let bytes = SessionTestSupport.bytes(at: path)
    #expect(bytes == SessionTestSupport.fixture("full-session.json"))
    // Saving the same session again gives the same bytes.
    try SessionTestSupport.save(saved, at: path, in: store)
    #expect(SessionTestSupport.bytes(at: path) == bytes)
  }

  @Test func anAgendaIsStoredAsMinutesPerStepAndAFileWithoutOneHasNone() throws {
    let path = store.path(forID: "fullsess")
    var session = SessionTestSupport.fullSession()
    #expect(session.agenda == nil)
    session.agenda = Agenda.suggested(forMinutes: 60)
    session.agenda?.minutes["plan"] = 12
    let saved = try SessionTestSupport.save(session, at: path, in: store)
    #expect(try store.load(path).agenda == saved.agenda)
    let text = String(decoding: SessionTestSupport.bytes(at: path) ?? [], as: UTF8.self)
    #expect(
      text.contains(
        """
            "agenda" : {
              "export" : 0,
              "overview" : 5,
              "plan" : 12,
              "recommendations" : 15,
              "reflection" : 15,
              "scores" : 15
            },
        """))
  }

  @Test func filesArePrivateAndMissingFoldersAreCreatedPrivate() throws {
    let nested = SessionStore(
      directory: SessionTestSupport.temporaryFolder() + "/data/workbook/sessions",
      now: { SessionTestSupport.time })
    let created = try nested.create(SessionTestSupport.fullSession())
    let path = nested.path(forID: created.id)
    #expect(SessionTestSupport.permissions(of: path) == 0o600)
    #expect(SessionTestSupport.permissions(of: nested.directory) == 0o700)
    #expect(SessionTestSupport.permissions(of: nested.directory + "/..") == 0o700)
    try SessionTestSupport.save(created, at: path, in: nested)
    #expect(SessionTestSupport.permissions(of: nested.directory + "/.history") == 0o700)
    #expect(
      SessionTestSupport.permissions(of: try nested.history(of: path).map(\.path)[0]) == 0o600)
  }

  @Test func createGivesAFreshTypeableIDAndTimes() throws {
    let created = try store.create(SessionTestSupport.fullSession(id: ""))
    #expect(created.id.count == 8)
    #expect(created.id.allSatisfy { "abcdefghijklmnopqrstuvwxyz234567".contains($0) })
    #expect(created.createdAt == SessionTestSupport.time)
    #expect(created.updatedAt == SessionTestSupport.time)
    #expect(try store.load(store.path(forID: created.id)) == created)
    // The lock is given back once the session is stored.
    #expect(SessionTestSupport.names(in: store.directory) == [created.id + ".json"])
  }

  @Test func keepsTheLastFiveVersions() throws {
    let path = store.path(forID: "fullsess")
    var session = SessionTestSupport.fullSession()
    for version in 1...8 {
      session.title = "Version \(version)"
      try SessionTestSupport.save(session, at: path, in: store)
    }
    // The first save replaces nothing; save N then keeps version N−1 as history number N−1,
    // and of numbers 1–7 the newest five remain.
    let kept = try store.history(of: path).map(\.path)
    #expect(kept.map { String($0.suffix(11)) } == (3...7).reversed().map { "00000\($0).json" })
    #expect(try kept.map { try store.load($0).title } == (3...7).reversed().map { "Version \($0)" })
    #expect(try store.load(path).title == "Version 8")
  }

  @Test func listsSessionsNewestFirstAndBrokenFilesAsBroken() throws {
    let older = SessionStore(directory: store.directory, now: { "2026-01-01T00:00:00Z" })
    try SessionTestSupport.save(
      SessionTestSupport.fullSession(id: "aaaa2222"), at: store.path(forID: "aaaa2222"), in: older)
    try SessionTestSupport.save(
      SessionTestSupport.fullSession(id: "bbbb3333"), at: store.path(forID: "bbbb3333"), in: store)
    SessionTestSupport.write(Array("{\"schema\": 1,".utf8), to: store.path(forID: "cccc4444"))
    let listed = try store.list()
    #expect(listed.map(\.id) == ["bbbb3333", "aaaa2222", "cccc4444"])
    #expect(listed[0].session?.updatedAt == SessionTestSupport.time)
    guard case .broken(let problem) = listed[2].content else {
      Issue.record("expected the cut-short file to be listed as broken")
      return
    }
    #expect(problem == .truncated(line: 1))
  }

  @Test func resolvesIDsUniquePrefixesAndPaths() throws {
    for id in ["abcd2345", "abce6777", "zzzz2222", "abcd"] {
      try SessionTestSupport.save(
        SessionTestSupport.fullSession(id: id), at: store.path(forID: id), in: store)
    }
    #expect(try store.resolve("abcd2345") == store.path(forID: "abcd2345"))
    // A whole id is that session, also when it begins another id, in capitals too.
    #expect(try store.resolve("abcd") == store.path(forID: "abcd"))
    #expect(try store.resolve("ABCD") == store.path(forID: "abcd"))
    #expect(try store.resolve("z") == store.path(forID: "zzzz2222"))
    #expect(try store.resolve("ABCD2") == store.path(forID: "abcd2345"))
    #expect(throws: SessionStoreError.self) { try store.resolve("") }
    #expect(try store.resolve(store.path(forID: "abce6777")) == store.path(forID: "abce6777"))
    #expect {
      try store.resolve("abc")
    } throws: { error in
      "\(error)" == "\"abc\" could be any of abcd, abcd2345, abce6777; type more of the id"
    }
    #expect {
      try store.resolve("q")
    } throws: { error in
      "\(error)".hasPrefix("no session \"q\" in \(store.directory)")
    }
    #expect(throws: SessionStoreError.self) { try store.resolve("/no/such/file.json") }
    // The file name `workbook list` shows finds the session from any folder.
    #expect(try store.resolve("zzzz2222.json") == store.path(forID: "zzzz2222"))
  }

  @Test func deleteRemovesTheFileItsHistoryAndItsBackups() throws {
    let path = store.path(forID: "fullsess")
    let other = store.path(forID: "other222")
    for id in ["fullsess", "other222"] {
      let session = SessionTestSupport.fullSession(id: id)
      try SessionTestSupport.save(session, at: store.path(forID: id), in: store)
      try SessionTestSupport.save(session, at: store.path(forID: id), in: store)
    }
    SessionTestSupport.write(
      Array("the schema-0 original".utf8), to: store.backupPath(for: path, schema: 0))
    #expect(try store.history(of: path).count == 1)

    try store.delete(path)
    #expect(
      SessionTestSupport.names(in: store.directory) == [".history", "other222.json"],
      "the session, its backup and its lock are gone")
    #expect(SessionTestSupport.names(in: store.directory + "/.history") == ["other222"])
    #expect(try store.history(of: path).isEmpty)
    #expect(try store.history(of: other).count == 1, "another session's history stays")
  }

  @Test func defaultFolderFollowsOptionThenVariableThenXDGThenHome() {
    let environment = [
      "WORKBOOK_SESSIONS_DIR": "/env/sessions", "XDG_DATA_HOME": "/xdg", "HOME": "/home/ana",
    ]
    #expect(SessionsDirectory.resolve(option: "/opt", environment: environment) == "/opt")
    #expect(SessionsDirectory.resolve(option: nil, environment: environment) == "/env/sessions")
    #expect(
      SessionsDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "/xdg", "HOME": "/h"])
        == "/xdg/workbook/sessions")
    #expect(
      SessionsDirectory.resolve(option: nil, environment: ["XDG_DATA_HOME": "rel", "HOME": "/h"])
        == "/h/.local/share/workbook/sessions")
    #expect(SessionsDirectory.resolve(option: nil, environment: [:]) == nil)
  }
}
