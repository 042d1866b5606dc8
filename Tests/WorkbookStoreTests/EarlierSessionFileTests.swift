import Testing
import WorkbookCore
import WorkbookStore

/// A session based on an earlier one, in its file: the snapshot and the plan review round-trip,
/// files from before load unchanged, and a review that refers to nothing is refused by name.
@Suite struct EarlierSessionFileTests {
  static func basedOn() -> Session {
    var session = SessionTestSupport.fullSession()
    let earlier = SessionTestSupport.fullSession(id: "lastyear")
    session.basedOn = EarlierSession(
      snapshot: SessionSnapshot(
        id: earlier.id, title: earlier.title, organization: earlier.organization,
        createdAt: earlier.createdAt, mode: .workshop, strategyID: earlier.strategyID,
        contentVersion: "1",
        items: [
          ItemFigures(
            itemID: "gatherings", title: "Gatherings", answered: 3, dontKnow: 1, mean: 2.5,
            median: 2, agreement: .variance)
        ],
        marks: ["case-studies": .alreadyDoing], plan: earlier.plan),
      planReview: [
        "r1": PlanRowReview(outcome: .carried, note: "Keep meeting"),
        "r2": PlanRowReview(outcome: .dropped, note: "Nobody read it"),
      ])
    session.plan.append(
      PlanRow(
        id: "row-3", cells: earlier.plan[0].cells, recommendationID: "meet", carriedFrom: "r1"))
    return session
  }

  @Test func theSnapshotAndEveryOutcomeRoundTripThroughTheFile() throws {
    var session = Self.basedOn()
    for outcome in PlanRowOutcome.allCases {
      session.basedOn?.planReview["r2"] = PlanRowReview(
        outcome: outcome, note: "note \(outcome.rawValue)")
      let decoded = try SessionFileFormat.decode(SessionFileFormat.encode(session)).session
      #expect(decoded == session)
      #expect(decoded.basedOn?.review(ofRow: "r2").outcome == outcome)
      #expect(decoded.plan.compactMap(\.carriedFrom) == ["r1"])
    }
  }

  @Test func aFileFromBeforeLoadsWithNoEarlierSessionAndSavesWithoutTheKeys() throws {
    let bytes = SessionTestSupport.fixture("full-session.json")
    let session = try SessionFileFormat.decode(bytes).session
    #expect(session.basedOn == nil)
    #expect(session.plan.allSatisfy { $0.carriedFrom == nil })
    let written = String(decoding: SessionFileFormat.encode(session), as: UTF8.self)
    #expect(!written.contains("basedOn") && !written.contains("carriedFrom"))
  }

  static func refusal(replacing old: String, with new: String) -> SessionFileProblem? {
    let text = String(decoding: SessionFileFormat.encode(basedOn()), as: UTF8.self)
    #expect(text.contains(old), "the fixture should hold \(old)")
    do {
      _ = try SessionFileFormat.decode(Array(text.replacing(old, with: new).utf8))
      return nil
    } catch {
      return error
    }
  }

  @Test func aReviewOfARowTheEarlierPlanDoesNotHaveIsRefusedByName() {
    let problem = Self.refusal(replacing: "\"r2\" : {\n", with: "\"gone\" : {\n")
    #expect(
      problem
        == .invalidField(
          path: "session.basedOn.planReview.gone",
          detail: "reviews a row the earlier plan does not have; remove it"))
  }

  @Test func aCarriedRowLinkedToNoEarlierRowIsRefusedByName() {
    let problem = Self.refusal(
      replacing: "\"carriedFrom\" : \"r1\"", with: "\"carriedFrom\" : \"r9\"")
    #expect(
      problem
        == .invalidField(
          path: "session.plan[2].carriedFrom",
          detail: "is \"r9\", which is not a row of the earlier session's plan; remove it"))
  }

  @Test func anUnknownOutcomeIsRefusedWithItsPath() throws {
    let problem = try #require(
      Self.refusal(replacing: "\"outcome\" : \"dropped\"", with: "\"outcome\" : \"forgotten\""))
    guard case .invalidField(let path, _) = problem else {
      Issue.record("expected an invalid field, got \(problem)")
      return
    }
    #expect(path == "session.basedOn.planReview.r2.outcome")
  }

  @Test func anEarlierSessionOfAnotherStrategyIsRefused() {
    let problem = Self.refusal(
      replacing: "\"strategyID\" : \"online-contributors\",\n        \"title\"",
      with: "\"strategyID\" : \"other\",\n        \"title\"")
    #expect(
      problem
        == .invalidField(
          path: "session.basedOn.snapshot.strategyID",
          detail: "is \"other\"; a session is based on one of its own strategy "
            + "(\"online-contributors\")"))
  }

  @Test func aJSONExportReadsAsTheSessionItHolds() throws {
    let store = SessionTestSupport.store()
    let session = Self.basedOn()
    let path = SessionTestSupport.temporaryFolder() + "/sent-in.json"
    let export = try SessionExporter.export(
      session, strategy: try ContentTestSupport.shippedStrategy(), format: .json)
    SessionTestSupport.write(Array(export.utf8), to: path)
    let read = try store.loadSessionOrExport(path)
    #expect(read.id == session.id)
    #expect(read.organization == session.organization)
    // An anonymous session's export lists its people by label, so compare the answers as a set.
    let answers = { (participant: Participant) in
      participant.scores.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.token)" }
    }
    #expect(Set(read.participants.map(answers)) == Set(session.participants.map(answers)))
    #expect(read.basedOn == session.basedOn)
  }
}
