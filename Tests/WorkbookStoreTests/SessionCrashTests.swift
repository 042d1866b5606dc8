import Testing
import WorkbookCore
import WorkbookStore

/// A process killed with SIGKILL while saving never leaves a session that cannot be read: the
/// file always holds the last version saved before the kill, or the one being saved.
@Suite struct SessionCrashTests {
  /// The notes of version N, as Tests/Support/SessionStoreHelper writes them.
  func notes(_ version: Int) -> String {
    String(repeating: "This is version \(version) of the notes.\n", count: 500)
  }

  @Test func killedWhileSavingLeavesTheOldOrTheNewVersion() throws {
    let store = SessionTestSupport.store()
    let path = store.path(forID: "fullsess")
    try SessionTestSupport.save(SessionTestSupport.fullSession(), at: path, in: store)
    var lastSaved = 0
    for _ in 0..<200 {
      let child = try SessionChildProcess(["save-loop", path])
      // Kill before the first save, or after seeing 1 to 3 saves reported; the rest of the
      // child's output then says which saves finished before the kill.
      let reportsToSee = Int.random(in: 0...3)
      var reports: [String] = []
      while reports.count < reportsToSee, let line = child.readLine() { reports.append(line) }
      child.kill()
      child.wait()
      while let line = child.readLine() { reports.append(line) }
      if let last = reports.last, let version = Int(last.dropFirst("saved ".count)) {
        lastSaved = version
      }
      let session = try store.load(path)
      let version = session.title == "Spring \"retreat\" 2026" ? 0 : Int(session.title.dropFirst(8))
      #expect(version == lastSaved || version == lastSaved + 1, "title \(session.title)")
      if let version, version > 0 { #expect(session.facilitatorNotes == notes(version)) }
      lastSaved = version ?? lastSaved
    }
    #expect(lastSaved > 0)
    // Killed saves leave no second session behind: the folder lists the one session.
    #expect(try store.list().map(\.id) == ["fullsess"])
    for kept in try store.history(of: path).map(\.path) { _ = try store.load(kept) }
  }
}
