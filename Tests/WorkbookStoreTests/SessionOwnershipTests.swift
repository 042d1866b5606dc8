import Glibc
import Testing
import WorkbookCore
import WorkbookStore

/// A save keeps the file's permissions, and run as root (`sudo workbook …`) in someone else's
/// folder, everything it writes there stays theirs: the session, its history, a new session, the
/// lock while it is held. Otherwise the owner could no longer open their own sessions.
@Suite struct SessionOwnershipTests {
  let store = SessionTestSupport.store()
  var path: String { store.path(forID: "fullsess") }

  init() throws {
    try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
  }

  private func owner(of path: String) -> (uid: uid_t, gid: gid_t) {
    var status = stat()
    precondition(lstat(path, &status) == 0, "cannot stat \(path)")
    return (status.st_uid, status.st_gid)
  }

  @Test func aSaveKeepsTheFilesPermissions() throws {
    chmod(path, 0o640)
    try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
    #expect(SessionTestSupport.permissions(of: path) == 0o640)
  }

  @Test(.enabled(if: getuid() == 0, "needs root, to stand for sudo"))
  func rootKeepsTheOwnerOfEverythingItWrites() throws {
    let nobody: uid_t = 65534
    #expect(chown(store.directory, nobody, nobody) == 0)
    #expect(chown(path, nobody, nobody) == 0)
    chmod(path, 0o640)

    let lock = try store.lock(path)
    #expect(owner(of: store.directory + "/fullsess.lock") == (nobody, nobody))
    var session = try store.loadForEditing(holding: lock)
    session.title = "Saved by root"
    try store.save(session, holding: lock)
    lock.release()
    #expect(owner(of: path) == (nobody, nobody))
    #expect(SessionTestSupport.permissions(of: path) == 0o640)
    for kept in [".history", ".history/fullsess", ".history/fullsess/000001.json"] {
      #expect(owner(of: store.directory + "/" + kept) == (nobody, nobody), "\(kept)")
    }

    let created = try store.create(SessionTestSupport.fullSession(id: ""))
    #expect(owner(of: store.path(forID: created.id)) == (nobody, nobody))
    #expect(SessionTestSupport.permissions(of: store.path(forID: created.id)) == 0o600)
  }
}
