import Testing
import WorkbookCore
import WorkbookStore

/// A save that fails at any step leaves the previous version whole and tells the caller.
@Suite struct SessionSaveFaultTests {
  @Test(arguments: [SessionFaultyFileSystem.Step.write, .sync, .rename, .syncDirectory])
  func aFailedSaveKeepsThePreviousVersion(step: SessionFaultyFileSystem.Step) throws {
    let healthy = SessionTestSupport.store()
    let path = healthy.path(forID: "fullsess")
    let previous = try SessionTestSupport.save(
      SessionTestSupport.fullSession(), at: path, in: healthy)
    let bytesBefore = SessionTestSupport.bytes(at: path)

    let faulty = SessionStore(
      directory: healthy.directory, fileSystem: SessionFaultyFileSystem(failing: step),
      now: { "2026-12-01T00:00:00Z" })
    var changed = previous
    changed.title = "Changed"
    let lock = try faulty.lock(path)
    #expect {
      try faulty.save(changed, holding: lock)
    } throws: { error in
      guard case .system(let failure) = error as? SessionStoreError else { return false }
      return failure.code == (step == .write ? 28 : 5)  // ENOSPC, EIO
    }
    lock.release()
    #expect(SessionTestSupport.bytes(at: path) == bytesBefore)
    #expect(try healthy.load(path) == previous)
    #expect(SessionTestSupport.names(in: healthy.directory) == [".history", "fullsess.json"])
  }

  @Test(arguments: [SessionFaultyFileSystem.Step.write, .sync, .rename])
  func aFailedCreateLeavesNoFile(step: SessionFaultyFileSystem.Step) {
    let store = SessionTestSupport.store(fileSystem: SessionFaultyFileSystem(failing: step))
    #expect(throws: SessionStoreError.self) {
      try store.create(SessionTestSupport.fullSession())
    }
    #expect(SessionTestSupport.names(in: store.directory) == [])
  }
}
