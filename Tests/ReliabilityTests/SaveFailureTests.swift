import Glibc
import Testing
import WorkbookCore
import WorkbookStore
import WorkbookTestSupport

/// A save that the disk refuses, for real rather than through an injected fault: a full disk
/// (a file-size limit, which fails the write as a full disk does) and a folder that became
/// read-only while the session was open. The save fails with a message that names the file and
/// the reason, and the version on disk is the one saved before, intact.
@Suite struct SaveFailureTests {
  /// A session in a fresh folder, saved once; returns the store, its path and its bytes.
  func savedSession() throws -> (store: SessionStore, path: String, bytes: [UInt8]) {
    let store = SessionStore(directory: TemporaryFolder.make())
    let created = try store.create(
      Session(
        id: "", title: "Before the disk filled up", createdAt: "",
        participants: [Participant(id: "p1", name: "Ana")],
        strategyID: ShippedContent.strategy.id, contentVersion: ShippedContent.strategy.version,
        facilitatorNotes: "Saved before."))
    let path = store.path(forID: created.id)
    return (store, path, try #require(TemporaryFolder.bytes(at: path)))
  }

  @Test func aFullDiskFailsTheSaveAndKeepsThePreviousVersion() throws {
    let (store, path, before) = try savedSession()
    // Room for the lock file and more than the old version, not for the new one.
    let child = try HelperProcess(["save-limited", path, "\(before.count + 512)"])
    let report = try #require(child.readLine())
    child.wait()

    #expect(report.hasPrefix("failed: File too large (could not write "))
    #expect(report.contains(store.directory))
    #expect(TemporaryFolder.bytes(at: path) == before)
    #expect(try store.load(path).facilitatorNotes == "Saved before.")
    // The half-written temporary file is gone.
    let names = try TemporaryFolder.names(in: store.directory)
    #expect(names.allSatisfy { !$0.hasSuffix(".tmp") }, "\(names)")
  }

  @Test func aReadOnlyFolderFailsTheSaveAndKeepsThePreviousVersion() throws {
    let (store, path, before) = try savedSession()
    // As root, the helper saves as an ordinary user, for whom the permissions hold.
    if getuid() == 0 {
      #expect(chown(store.directory, 65534, 65534) == 0)
      #expect(chown(path, 65534, 65534) == 0)
    }
    let child = try HelperProcess(["save-after-line", path])
    #expect(child.readLine() == "locked")
    #expect(chmod(store.directory, 0o555) == 0)
    child.send("save")
    let report = try #require(child.readLine())
    child.wait()
    #expect(chmod(store.directory, 0o755) == 0)

    #expect(report.hasPrefix("failed: Permission denied (could not "))
    #expect(report.contains(store.directory))
    #expect(TemporaryFolder.bytes(at: path) == before)
    #expect(try store.load(path).facilitatorNotes == "Saved before.")
  }
}
