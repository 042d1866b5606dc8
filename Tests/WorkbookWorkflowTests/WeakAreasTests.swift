import Testing
import WorkbookCore
import WorkbookWorkflow

/// The weak areas first: only after the reveal, low or split groups before the rest.
@Suite struct WeakAreasTests {
  private let strategy = WorkflowFixture.strategy

  private func session(gatherings: [Int], communication: [Int], revealed: Bool) -> Session {
    var session = WorkflowFixture.session()
    for (index, id) in ["p1", "p2", "p3"].enumerated() {
      session.record(.score(gatherings[index]), participantID: id, item: 0, strategy: strategy)
      session.record(.score(communication[index]), participantID: id, item: 1, strategy: strategy)
      session.finishTurn(id)
    }
    if revealed { session.reveal() }
    return session
  }

  @Test func aLowGroupComesFirstOnceRevealed() {
    let low = session(gatherings: [5, 5, 4], communication: [1, 2, 1], revealed: true)
    #expect(
      WeakAreas.orderedGroups(session: low, strategy: strategy).map(\.id) == [
        "communication", "gatherings",
      ])
    let analysis = ScoreAnalysis(session: low, strategy: strategy)
    let communication = strategy.recommendationGroups[1]
    let weakness = GroupWeakness(of: communication, analysis: analysis, strategy: strategy)
    #expect(weakness.tags == ["low"])
    #expect(weakness.lowestMean == 4.0 / 3.0)
  }

  @Test func beforeTheRevealTheContentsOrderStays() {
    let hidden = session(gatherings: [5, 5, 4], communication: [1, 2, 1], revealed: false)
    #expect(
      WeakAreas.orderedGroups(session: hidden, strategy: strategy).map(\.id) == [
        "gatherings", "communication",
      ])
  }

  @Test func withNoWeakGroupTheLowestMeanComesFirst() {
    let strong = session(gatherings: [5, 5, 5], communication: [4, 4, 4], revealed: true)
    #expect(
      WeakAreas.orderedGroups(session: strong, strategy: strategy).map(\.id) == [
        "communication", "gatherings",
      ])
  }
}
