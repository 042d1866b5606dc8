import Testing
import WorkbookCore
import WorkbookStore
import WorkbookTestSupport

/// A workbook killed with SIGKILL at a random moment while a session is edited and saved: the
/// session always loads, and every edit reported saved before the kill is in it.
@Suite struct KilledWhileEditingTests {
  @Test func everyEditReportedSavedSurvivesAKill() throws {
    var random = SeededGenerator(seed: ReliabilityRun.seed)
    let store = SessionStore(directory: TemporaryFolder.make())
    let created = try store.create(
      Session(
        id: "", title: "Killed while editing", createdAt: "",
        participants: [Participant(id: "p1", name: "Ana")],
        strategyID: ShippedContent.strategy.id, contentVersion: ShippedContent.strategy.version))
    let path = store.path(forID: created.id)
    var reportedSaved = 0
    var savedUnreported = 0
    let kills = ReliabilityRun.count(short: 25, long: 1_000)
    for _ in 0..<kills {
      let child = try HelperProcess(["edit-loop", path])
      // Kill before the first save is reported, or after one to three: the kill lands somewhere
      // in the writing, syncing, renaming or history keeping of the next save.
      let reportsToSee = Int.random(in: 0...3, using: &random)
      var reports: [String] = []
      while reports.count < reportsToSee, let line = child.readLine() { reports.append(line) }
      child.kill()
      child.wait()
      while let line = child.readLine() { reports.append(line) }
      if let last = reports.last, let edit = Int(last.dropFirst("saved ".count)) {
        reportedSaved = edit
      }

      let session = try store.load(path)
      let edits = session.plan.filter { $0.id.hasPrefix("edit-") }.map(\.id)
      // Every reported edit is there, in order, and at most the one being saved besides.
      #expect(
        Array(edits.prefix(reportedSaved)) == (0..<reportedSaved).map { "edit-\($0 + 1)" },
        "seed \(ReliabilityRun.seed)")
      #expect(edits.count == reportedSaved || edits.count == reportedSaved + 1)
      #expect(session.facilitatorNotes == (edits.isEmpty ? "" : "edit \(edits.count)"))
      if edits.count > reportedSaved { savedUnreported += 1 }
      reportedSaved = edits.count
    }
    print(
      "KilledWhileEditing: \(kills) kills, \(reportedSaved) edits saved, \(savedUnreported) kills "
        + "after a save reached the disk but before it was reported; seed \(ReliabilityRun.seed)")
    #expect(reportedSaved > 0, "no save finished in \(kills) runs")
    // Killed saves leave no stray session behind, and every kept version loads.
    #expect(try store.list().map(\.id) == [created.id])
    for kept in try store.history(of: path).map(\.path) { _ = try store.load(kept) }
  }
}
