import Testing
import WorkbookCore
import WorkbookWorkflow

/// Private turns and the reveal, without any front end.
@Suite struct TurnTests {
  private let strategy = WorkflowFixture.strategy

  @Test func aWorkshopTurnStartsWithTheHandOverAndThenTheFirstUnansweredItem() {
    var session = WorkflowFixture.session()
    #expect(session.turnStart("p1", strategy: strategy) == .handOver)
    session.record(.score(4), participantID: "p1", item: 0, strategy: strategy)
    #expect(session.turnAfterHandOver("p1", strategy: strategy) == .scoring(item: 1))
    #expect(session.participant(id: "p1")?.scores == ["gatherings": .score(4)])
  }

  @Test func aSoloTurnGoesStraightToTheItems() {
    let session = WorkflowFixture.session(mode: .solo, names: ["Ana"])
    #expect(session.turnStart("p1", strategy: strategy) == .scoring(item: 0))
  }

  @Test func nobodyWithThatIDHasNoTurn() {
    #expect(WorkflowFixture.session().turnStart("p9", strategy: strategy) == nil)
  }

  @Test func aFinishedPersonCanOnlyStartAgainFromABlankFormBeforeTheReveal() {
    var session = WorkflowFixture.session()
    session.record(.score(2), participantID: "p2", item: 0, strategy: strategy)
    session.record(.dontKnow, participantID: "p2", item: 2, strategy: strategy)
    let finish = session.finishTurn("p2")
    #expect(finish == .hidden)
    #expect(session.turnStart("p2", strategy: strategy) == .startAgainFromBlank)
    // An undo on the hand-over screen can bring the answers back: asked again there.
    #expect(session.turnAfterHandOver("p2", strategy: strategy) == .startAgainFromBlank)

    session.clearTurn("p2")
    #expect(session.participant(id: "p2") == Participant(id: "p2", name: "Bo"))
    #expect(session.turnStart("p2", strategy: strategy) == .handOver)
    #expect(session.turnAfterHandOver("p2", strategy: strategy) == .scoring(item: 0))
  }

  @Test func afterTheRevealAFinishedPersonScoresAgainWithTheirAnswers() {
    var session = WorkflowFixture.session()
    session.record(.score(3), participantID: "p1", item: 0, strategy: strategy)
    session.finishTurn("p1")
    session.reveal()
    #expect(session.turnAfterHandOver("p1", strategy: strategy) == .scoring(item: 1))
    #expect(session.rescore == .chooseScorer)
    #expect(!session.turnsStartFromList)
  }

  @Test func gapsAreCountedAndFinishingWithThemStillConfirms() {
    var session = WorkflowFixture.session()
    session.record(.notApplicable, participantID: "p3", item: 1, strategy: strategy)
    #expect(session.unansweredCount("p3", strategy: strategy) == 2)
    #expect(session.firstUnanswered("p3", strategy: strategy) == 0)
    #expect(session.finishingHasGaps("p3", strategy: strategy))
    let finish = session.finishTurn("p3")
    #expect(finish == .hidden)
    #expect(session.participant(id: "p3")?.finishedScoring == true)
    #expect(session.participant(id: "p3")?.scores == ["communication": .notApplicable])
    #expect(session.nextToScore == 0)
  }

  @Test func aTurnWithEveryItemAnsweredHasNoGapsAndStartsAtTheFirstItem() {
    var session = WorkflowFixture.session()
    for item in 0..<3 {
      session.record(.score(5), participantID: "p1", item: item, strategy: strategy)
    }
    #expect(!session.finishingHasGaps("p1", strategy: strategy))
    #expect(session.firstUnanswered("p1", strategy: strategy) == 0)
  }

  @Test func aSoloSessionRevealsOnFinishingAndRescoresItsOwnTurn() {
    var session = WorkflowFixture.session(mode: .solo, names: ["Ana"])
    #expect(session.rescore == nil)
    #expect(!session.mayReveal)
    let finish = session.finishTurn("p1")
    #expect(finish == .visible)
    #expect(session.scoresRevealed)
    #expect(session.rescore == .ownTurn(participantID: "p1"))
  }

  @Test func theRevealIsAllowedOnceWhileTheScoresAreHiddenEvenBeforeAnyoneHasScored() {
    var session = WorkflowFixture.session()
    #expect(session.mayReveal)
    #expect(session.turnsStartFromList)
    session.reveal()
    #expect(session.scoresRevealed)
    #expect(!session.mayReveal)
    #expect(session.nextToScore == 0)
  }

  @Test func anAnswerToAnItemTheStrategyDoesNotHaveIsNotRecorded() {
    var session = WorkflowFixture.session()
    session.record(.score(1), participantID: "p1", item: 3, strategy: strategy)
    session.record(.score(1), participantID: "p9", item: 0, strategy: strategy)
    #expect(session == WorkflowFixture.session())
  }
}
