import Testing
import WorkbookCore
import WorkbookStore

@Suite struct SessionMigrationTests {
  /// SessionFixtures/session-schema0.json in the current model, worked out by hand.
  let expected = Session(
    id: "old22222", title: "Autumn workshop", organization: "Wikimedia Example",
    createdAt: "2025-03-01T09:00:00Z", updatedAt: "2025-03-02T18:30:00Z", mode: .workshop,
    participants: [
      Participant(
        id: "p1", name: "Ana", scores: ["gatherings": .score(4), "overall": .dontKnow],
        finishedScoring: true),
      Participant(id: "p2", name: "Ben"),
      Participant(
        id: "p3", name: "Zoe", scores: ["communication": .notApplicable], finishedScoring: true),
    ],
    anonymous: false, strategyID: "online-contributors", contentVersion: "1",
    reflection: ["strength": ReflectionAnswer(text: "Our meetups")],
    reviews: ["case-studies": RecommendationReview(status: .tryNext)],
    plan: [PlanRow(id: "r1", cells: ["goal": "Monthly meetup"], recommendationID: "meetups")],
    facilitatorNotes: "Bring snacks")

  @Test func readingMigratesInMemoryAndLeavesTheFileAlone() throws {
    let store = SessionTestSupport.store()
    let path = store.path(forID: "old22222")
    let original = SessionTestSupport.fixture("session-schema0.json")
    SessionTestSupport.write(original, to: path)
    #expect(try store.load(path) == expected)
    #expect(SessionTestSupport.bytes(at: path) == original)
  }

  @Test func editingKeepsTheOriginalAsABackupAndRewritesTheFile() throws {
    let store = SessionTestSupport.store()
    let path = store.path(forID: "old22222")
    let original = SessionTestSupport.fixture("session-schema0.json")
    SessionTestSupport.write(original, to: path)
    let lock = try store.lock(path)
    #expect(try store.loadForEditing(holding: lock) == expected)
    lock.release()
    let backup = store.backupPath(for: path, schema: 0)
    #expect(backup == store.directory + "/old22222.schema0.bak")
    #expect(SessionTestSupport.bytes(at: backup) == original)
    #expect(SessionTestSupport.bytes(at: path) == SessionFileFormat.encode(expected))
    #expect(try store.load(path) == expected)
  }

  /// A schema 1 file from before the anonymous labels were stored reads with labels worked out
  /// from its ids: the same at every load, kept by the first save.
  @Test func aFileWithoutLabelsGetsTheSameLabelsAtEveryLoad() throws {
    let store = SessionTestSupport.store()
    let path = store.path(forID: "fullsess")
    let original = SessionTestSupport.fixture("full-session-before-labels.json")
    #expect(!String(decoding: original, as: UTF8.self).contains("labelOrder"))
    SessionTestSupport.write(original, to: path)
    let first = try store.load(path)
    #expect(first.labelOrder == ["p2", "p1"])
    #expect(first.displayName(of: first.participants[0]) == "Participant 2")
    #expect(try store.load(path) == first)
    #expect(SessionTestSupport.bytes(at: path) == original)

    let saved = try SessionTestSupport.save(first, at: path, in: store)
    #expect(try store.load(path).labelOrder == ["p2", "p1"])
    #expect(saved.labelOrder == first.labelOrder)
  }
}
