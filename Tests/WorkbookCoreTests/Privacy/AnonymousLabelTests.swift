import Foundation
import Testing
import WorkbookCore

/// "Participant n" follows an order fixed per session that nobody in the room can infer: never
/// the scoring order, the same at every showing, in every export and after every save.
@Suite struct AnonymousLabelTests {
  /// SplitMix64: a small seeded generator, so that a shuffle in a test is the same at every run.
  struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
      state &+= 0x9e37_79b9_7f4a_7c15
      var value = state
      value = (value ^ (value >> 30)) &* 0xbf58_476d_1ce4_e5b9
      value = (value ^ (value >> 27)) &* 0x94d0_49bb_1331_11eb
      return value ^ (value >> 31)
    }
  }

  static func session(id: String = "s1", labelOrder: [String]? = nil) -> Session {
    Session(
      id: id, title: "T", createdAt: "2026-11-25T00:00:00Z",
      participants: ["Ana", "Bo", "Chen", "Dana"].enumerated().map {
        Participant(id: "p\($0.offset + 1)", name: $0.element, finishedScoring: true)
      },
      anonymous: true, labelOrder: labelOrder, strategyID: "fixture", contentVersion: "1")
  }

  @Test func labelsFollowTheStoredOrderNotTheScoringOrder() {
    let session = Self.session(labelOrder: ["p3", "p1", "p4", "p2"])
    #expect(
      session.participants.map(session.displayName(of:)) == [
        "Participant 2", "Participant 4", "Participant 1", "Participant 3",
      ])
    var named = session
    named.anonymous = false
    #expect(named.displayName(of: named.participants[0]) == "Ana")
  }

  @Test func overManyNewSessionsTheFirstScorerIsNotAlwaysParticipant1() {
    var generator = SeededGenerator(state: 7)
    var labelsOfTheFirstScorer: Set<String> = []
    for _ in 0..<100 {
      var session = Self.session()
      session.shuffleLabels(using: &generator)
      #expect(session.labelOrder.sorted() == ["p1", "p2", "p3", "p4"])
      labelsOfTheFirstScorer.insert(session.displayName(of: session.participants[0]))
    }
    #expect(labelsOfTheFirstScorer.count == 4)
  }

  @Test func aShuffleWithTheSameSeedGivesTheSameLabels() {
    var first = SeededGenerator(state: 42)
    var second = SeededGenerator(state: 42)
    var a = Self.session()
    var b = Self.session()
    a.shuffleLabels(using: &first)
    b.shuffleLabels(using: &second)
    #expect(a.labelOrder == b.labelOrder)
  }

  /// Sessions stored before labels were get an order from their ids: fixed (pinned here, as old
  /// files rely on it), and over many sessions not the scoring order.
  @Test func theDerivedOrderIsFixedPerSessionAndNotTheScoringOrder() {
    let ids = ["p1", "p2", "p3", "p4"]
    #expect(
      Session.derivedLabelOrder(sessionID: "s1", participantIDs: ids) == Self.session().labelOrder)
    #expect(
      Session.derivedLabelOrder(sessionID: "fullsess", participantIDs: ["p1", "p2"]) == [
        "p2", "p1",
      ])
    let firsts = Set(
      (0..<100).map { Session.derivedLabelOrder(sessionID: "session\($0)", participantIDs: ids)[0] }
    )
    #expect(firsts == Set(ids))
  }

  @Test func theLabelsSurviveEncodingAndAFileWithoutThemGetsTheDerivedOnes() throws {
    let session = Self.session(labelOrder: ["p4", "p2", "p3", "p1"])
    let decoded = try JSONDecoder().decode(Session.self, from: JSONEncoder().encode(session))
    #expect(decoded == session)

    var object =
      try JSONSerialization.jsonObject(with: JSONEncoder().encode(session)) as? [String: Any] ?? [:]
    object["labelOrder"] = nil
    let old = try JSONDecoder().decode(
      Session.self, from: JSONSerialization.data(withJSONObject: object))
    #expect(
      old.labelOrder
        == Session.derivedLabelOrder(sessionID: "s1", participantIDs: ["p1", "p2", "p3", "p4"]))
  }

  @Test func everyExportNumbersPeopleAsTheWorkbookDoes() throws {
    let session = ExportFixture.session(anonymous: true)
    let csv = try SessionExporter.export(session, strategy: ExportFixture.strategy, format: .csv)
    // Ana scored first and gave 2 to "gatherings"; her label is whatever the session says.
    let ana = session.displayName(of: session.participants[0])
    #expect(ana != "Participant 1")
    #expect(csv.contains("\(ana),gatherings,2,"))
    // Rows come by label, so their order says nothing of the scoring order either.
    let labels = csv.split(separator: "\r\n").dropFirst().map { $0.prefix(while: { $0 != "," }) }
    #expect(labels == labels.sorted())
    let json = try SessionExporter.export(session, strategy: ExportFixture.strategy, format: .json)
    let document = try JSONDecoder().decode(SessionExportDocument.self, from: Data(json.utf8))
    #expect(document.session.participants.map(\.name) == (1...4).map { "Participant \($0)" })
    let anasRow = document.session.participants.first { $0.scores["gatherings"] == .score(2) }
    #expect(anasRow?.name == ana)
    #expect(anasRow?.id == "participant-" + ana.dropFirst("Participant ".count))
  }
}
