import Synchronization
import Testing
import WorkbookCore
import WorkbookStore

/// Under one lock a save keeps the version it replaces at most once a minute, so that a burst of
/// saves (one a keystroke) never pushes out the versions worth going back to.
@Suite struct SessionHistoryIntervalTests {
  /// A clock the test sets by hand.
  final class SetClock: Sendable {
    let time = Mutex("2026-11-25T10:00:00Z")
    func read() -> String { time.withLock { $0 } }
    func set(_ newTime: String) { time.withLock { $0 = newTime } }
  }

  /// A store with a session titled "Opened" saved at 10:00:00, under the clock.
  private func storeWithSession(clock: SetClock) throws -> (SessionStore, String, Session) {
    let store = SessionStore(
      directory: SessionTestSupport.temporaryFolder(), now: { clock.read() })
    let path = store.path(forID: "fullsess")
    var session = SessionTestSupport.fullSession()
    session.title = "Opened"
    try SessionTestSupport.save(session, at: path, in: store)
    return (store, path, session)
  }

  /// Saves under one lock, each with its title, at its time.
  private func saveUnderOneLock(
    _ titledSaves: [(time: String, title: String)], of session: Session, at path: String,
    in store: SessionStore, clock: SetClock
  ) throws {
    let lock = try store.lock(path)
    var edited = session
    for save in titledSaves {
      clock.set("2026-11-25T" + save.time + "Z")
      edited.title = save.title
      try store.save(edited, holding: lock)
    }
    lock.release()
  }

  private func keptTitles(in store: SessionStore, of path: String) throws -> [String] {
    try store.history(of: path).map(\.path).map { try store.load($0).title }
  }

  @Test func aBurstOfSavesKeepsOnlyTheVersionBeforeIt() throws {
    let clock = SetClock()
    let (store, path, session) = try storeWithSession(clock: clock)
    try saveUnderOneLock(
      [("10:00:00", "One"), ("10:00:01", "Two"), ("10:00:30", "Three"), ("10:00:59", "Four")],
      of: session, at: path, in: store, clock: clock)
    // The first save under the lock kept "Opened"; the three within the minute after it, nothing.
    #expect(try keptTitles(in: store, of: path) == ["Opened"])
    #expect(try store.load(path).title == "Four")
  }

  @Test func aSaveAMinuteAfterTheLastKeptVersionKeepsAnother() throws {
    let clock = SetClock()
    let (store, path, session) = try storeWithSession(clock: clock)
    try saveUnderOneLock(
      [
        ("10:00:00", "One"), ("10:00:20", "Two"), ("10:01:00", "Three"), ("10:01:30", "Four"),
        ("10:02:00", "Five"),
      ], of: session, at: path, in: store, clock: clock)
    // Kept at 10:00:00 ("Opened"), at 10:01:00 (the 10:00:20 version it replaced) and at
    // 10:02:00 (the 10:01:30 one), newest first.
    #expect(try keptTitles(in: store, of: path) == ["Four", "Two", "Opened"])
    #expect(try store.load(path).title == "Five")
  }

  @Test func aClockSetBackKeepsAVersion() throws {
    let clock = SetClock()
    let (store, path, session) = try storeWithSession(clock: clock)
    try saveUnderOneLock(
      [("10:00:00", "One"), ("09:59:50", "Two")], of: session, at: path, in: store, clock: clock)
    #expect(try keptTitles(in: store, of: path) == ["One", "Opened"])
  }

  @Test func eachLockKeepsTheVersionItOpened() throws {
    let clock = SetClock()
    let (store, path, session) = try storeWithSession(clock: clock)
    try saveUnderOneLock(
      [("10:00:00", "One"), ("10:00:10", "Two")], of: session, at: path, in: store, clock: clock)
    try saveUnderOneLock(
      [("10:00:20", "Three"), ("10:00:30", "Four")], of: session, at: path, in: store, clock: clock
    )
    #expect(try keptTitles(in: store, of: path) == ["Two", "Opened"])
  }

  @Test func aSaveAfterAFailedOneStillKeepsItsVersion() throws {
    let clock = SetClock()
    let (store, path, session) = try storeWithSession(clock: clock)
    let failing = SessionStore(
      directory: store.directory, fileSystem: SessionFaultyFileSystem(failing: .syncDirectory),
      now: { clock.read() })
    let lock = try store.lock(path)
    var edited = session
    edited.title = "One"
    try store.save(edited, holding: lock)
    // A minute later a save fails after linking "One" into the history (its folder's fsync).
    clock.set("2026-11-25T10:01:00Z")
    edited.title = "Two"
    #expect(throws: SessionStoreError.self) { try failing.save(edited, holding: lock) }
    // The next save under the same lock finds the folder afresh and keeps its version beside it.
    clock.set("2026-11-25T10:01:05Z")
    try store.save(edited, holding: lock)
    lock.release()
    #expect(try keptTitles(in: store, of: path) == ["One", "One", "Opened"])
    #expect(try store.load(path).title == "Two")
  }
}
