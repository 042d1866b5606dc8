import Glibc
import Testing
import WorkbookCore
import WorkbookStore

@Suite struct SessionLockTests {
  let store = SessionTestSupport.store()
  var path: String { store.path(forID: "fullsess") }

  init() throws {
    try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
  }

  func holder(refusing path: String) -> LockHolder? {
    do {
      let lock = try store.lock(path)
      lock.release()
      Issue.record("expected the lock to be refused")
    } catch {
      if case .locked(_, let holder) = error { return holder }
      Issue.record("unexpected error \(error)")
    }
    return nil
  }

  @Test func aSecondLockInTheSameProcessIsRefused() throws {
    let lock = try store.lock(path)
    #expect(holder(refusing: path)?.pid == getpid())
    lock.release()
    let again = try store.lock(path)
    #expect(again.tookOverFrom == nil)
    again.release()
  }

  /// The lock file names the account and the machine as the system names them.
  @Test func theLockNamesThisAccountAndThisMachine() throws {
    let lock = try store.lock(path)
    let holder = holder(refusing: path)
    lock.release()
    let account = try #require(getpwuid(getuid())).pointee.pw_name.map { String(cString: $0) }
    var name = utsname()
    uname(&name)
    let host = withUnsafeBytes(of: name.nodename) {
      String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self)
    }
    #expect(holder?.user == account)
    #expect(holder?.host == host)
    #expect(LocalAccount.current.user == account)
  }

  @Test func anotherProcessIsRefusedButMayRead() throws {
    let child = try SessionChildProcess(["hold-lock", path])
    #expect(child.readLine() == "locked")
    let holder = holder(refusing: path)
    #expect(holder?.pid == child.pid)
    #expect(holder?.since == SessionTestSupport.time || holder?.since.hasSuffix("Z") == true)
    #expect(
      try store.load(path)
        == SessionTestSupport.fullSession().with(updatedAt: SessionTestSupport.time))
    child.closeInput()
    #expect(child.wait())
    let lock = try store.lock(path)
    #expect(lock.tookOverFrom == nil)
    lock.release()
  }

  @Test func aLockLeftByAKilledProcessIsTakenOver() throws {
    let child = try SessionChildProcess(["hold-lock", path])
    #expect(child.readLine() == "locked")
    child.kill()
    child.wait()
    #expect(SessionTestSupport.names(in: store.directory).contains("fullsess.lock"))
    let lock = try store.lock(path)
    #expect(lock.tookOverFrom?.pid == child.pid)
    lock.release()
    #expect(!SessionTestSupport.names(in: store.directory).contains("fullsess.lock"))
  }
}

extension Session {
  func with(updatedAt: String) -> Session {
    var copy = self
    copy.updatedAt = updatedAt
    return copy
  }
}
