import Glibc
import Testing
import WorkbookCore
import WorkbookStore

/// What someone else could put in a sessions folder, where the workbook reads and writes its
/// files: a link where the lock, a temporary file, the history or the session goes, a second
/// name of another file, a file much too large, a file under another session's name. Each is
/// refused or left alone, and nothing outside the folder is touched.
@Suite struct SessionHostileFileTests {
  let store = SessionTestSupport.store()
  var path: String { store.path(forID: "fullsess") }
  /// A file outside the sessions folder that links point at.
  let victim = SessionTestSupport.temporaryFolder() + "/victim.txt"
  let victimBytes = Array("Not the workbook's to change.\n".utf8)

  init() throws {
    try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
    SessionTestSupport.write(victimBytes, to: victim)
  }

  private func expectUnexpectedFile(
    at name: String, _ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(sourceLocation: sourceLocation) {
      try body()
    } throws: { error in
      guard case .unexpectedFile(let reported, _, _) = error as? SessionStoreError else {
        return false
      }
      return reported == store.directory + "/" + name
        && "\(error)".contains("it was left as it is and nothing was done")
    }
  }

  private func isLink(_ path: String) -> Bool {
    var status = stat()
    return lstat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFLNK
  }

  @Test func aLockThatIsALinkIsRefusedAndItsTargetKept() throws {
    symlink(victim, store.directory + "/fullsess.lock")
    expectUnexpectedFile(at: "fullsess.lock") { _ = try store.lock(path) }
    expectUnexpectedFile(at: "fullsess.lock") { try store.delete(path) }
    #expect(SessionTestSupport.bytes(at: victim) == victimBytes)
    #expect(isLink(store.directory + "/fullsess.lock"), "the link is left for its owner")
    #expect(try store.load(path).id == "fullsess", "the session is not deleted")
  }

  @Test func aLockThatIsASecondNameOfAnotherFileIsRefused() throws {
    link(victim, store.directory + "/fullsess.lock")
    expectUnexpectedFile(at: "fullsess.lock") { _ = try store.lock(path) }
    #expect(SessionTestSupport.bytes(at: victim) == victimBytes)
  }

  @Test func aLockThatIsAFIFOIsRefused() throws {
    mkfifo(store.directory + "/fullsess.lock", 0o600)
    expectUnexpectedFile(at: "fullsess.lock") { _ = try store.lock(path) }
  }

  @Test func aTemporaryFileThatIsALinkIsNeverWrittenThrough() throws {
    // A leftover temporary file's name, as a link: sweeping it removes the link only.
    let stale = store.directory + "/.fullsess.json.1.2.tmp"
    symlink(victim, stale)
    let lock = try store.lock(path)
    #expect(!SessionTestSupport.names(in: store.directory).contains(".fullsess.json.1.2.tmp"))
    // Creating a file where a link already is fails rather than writing through it.
    symlink(victim, stale)
    let folder = try OpenFolder.open(store.directory)
    #expect(throws: SystemCallError.self) {
      try SystemFileSystem().createExclusive(
        ".fullsess.json.1.2.tmp", in: folder, permissions: 0o600)
    }
    try store.save(SessionTestSupport.fullSession(), holding: lock)
    lock.release()
    #expect(SessionTestSupport.bytes(at: victim) == victimBytes)
  }

  @Test(arguments: [".history", ".history/fullsess"])
  func aHistoryFolderThatIsALinkIsRefusedAndItsTargetKept(linked: String) throws {
    let outside = SessionTestSupport.temporaryFolder()
    SessionTestSupport.write(Array("kept".utf8), to: outside + "/000001.json")
    try? removeTree(store.directory + "/.history")
    if linked == ".history/fullsess" { mkdir(store.directory + "/.history", 0o700) }
    symlink(outside, store.directory + "/" + linked)
    let before = SessionTestSupport.bytes(at: path)

    let lock = try store.lock(path)
    expectUnexpectedFile(at: linked) {
      try store.save(SessionTestSupport.fullSession(), holding: lock)
    }
    lock.release()
    expectUnexpectedFile(at: linked) { try store.delete(path) }
    expectUnexpectedFile(at: linked) { _ = try store.history(of: path) }

    #expect(SessionTestSupport.names(in: outside) == ["000001.json"])
    #expect(SessionTestSupport.bytes(at: outside + "/000001.json") == Array("kept".utf8))
    #expect(SessionTestSupport.bytes(at: path) == before, "nothing was saved")
  }

  @Test func aSessionFileThatIsALinkIsNeitherReadNorReplaced() throws {
    let lock = try store.lock(path)
    _ = try store.loadForEditing(holding: lock)
    // Swapped for a link while it is open: the save refuses rather than replace the link.
    unlink(path)
    symlink(victim, path)
    #expect {
      try store.save(SessionTestSupport.fullSession(), holding: lock)
    } throws: { error in
      guard case .unexpectedFile(let reported, let found, _) = error as? SessionStoreError else {
        return false
      }
      return reported == path && found == "a symbolic link to \(victim)"
    }
    lock.release()
    #expect(isLink(path))
    #expect(SessionTestSupport.bytes(at: victim) == victimBytes)
    #expect(throws: SessionStoreError.self) { try store.load(path) }
    do {
      _ = try store.load(path)
    } catch {
      guard case .unreadable(_, .notARegularFile(.symbolicLink(let target))) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(target == victim)
    }
    #expect(try store.list().map(\.session) == [nil])
  }

  @Test func aFileLargerThanTheLimitIsRefusedUnread() throws {
    let big = store.path(forID: "bigbig22")
    let descriptor = open(big, O_WRONLY | O_CREAT, 0o600)
    // Sparse: 17 MiB that take no room on the disk.
    #expect(ftruncate(descriptor, 17 << 20) == 0)
    close(descriptor)
    let listed = try store.list()
    #expect(listed.map(\.id) == ["fullsess", "bigbig22"])
    guard case .broken(let problem) = listed[1].content else {
      Issue.record("expected the large file to be listed as broken")
      return
    }
    #expect(problem == .tooLarge(size: 17 << 20, limit: 16 << 20))
    #expect(
      "\(problem)".hasPrefix("the file holds 17.0 MiB, more than the 16.0 MiB a session file"))
  }

  @Test func aFileInTheFolderMustHoldTheSessionItIsNamedFor() throws {
    // A copy of one session under another session's name would be opened, and deleted, as it.
    let impostor = store.path(forID: "zzzz2222")
    SessionTestSupport.write(try #require(SessionTestSupport.bytes(at: path)), to: impostor)
    let listed = try store.list()
    #expect(listed.map(\.id) == ["fullsess", "zzzz2222"])
    #expect(listed[1].session == nil)
    #expect {
      try store.load(impostor)
    } throws: { error in
      "\(error)".contains(
        "holds the session \"fullsess\" but is named zzzz2222.json; rename it to fullsess.json")
    }
    // Outside the sessions folder a copy may have any name.
    let copy = SessionTestSupport.temporaryFolder() + "/backup.json"
    SessionTestSupport.write(try #require(SessionTestSupport.bytes(at: path)), to: copy)
    #expect(try store.load(copy).id == "fullsess")
  }

  @Test(arguments: [0o777 as mode_t, 0o770, 0o757])
  func aFolderOthersCanWriteToIsRefused(permissions: mode_t) throws {
    chmod(store.directory, permissions)
    defer { chmod(store.directory, 0o700) }
    for attempt: () throws -> Void in [
      { _ = try store.list() }, { _ = try store.load(path) }, { _ = try store.lock(path) },
      { _ = try store.create(SessionTestSupport.fullSession()) },
    ] {
      #expect {
        try attempt()
      } throws: { error in
        guard case .unsafeFolder(let folder, _) = error as? SessionStoreError else { return false }
        return folder == store.directory
          && "\(error)".hasSuffix("make it private: chmod go-w \(store.directory)")
      }
    }
  }

  @Test func aSharedFolderWithTheStickyBitIsUsed() throws {
    chmod(store.directory, 0o1777)
    defer { chmod(store.directory, 0o700) }
    #expect(try store.list().map(\.id) == ["fullsess"])
    try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
  }

  private func removeTree(_ path: String) throws {
    for name in SessionTestSupport.names(in: path) {
      let child = path + "/" + name
      var status = stat()
      lstat(child, &status)
      if status.st_mode & S_IFMT == S_IFDIR { try removeTree(child) } else { unlink(child) }
    }
    rmdir(path)
  }
}
