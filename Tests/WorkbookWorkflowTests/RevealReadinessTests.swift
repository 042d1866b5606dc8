import Testing
import WorkbookCore
import WorkbookWorkflow

/// Where a session stands for the reveal.
@Suite struct RevealReadinessTests {
  @Test func aWorkshopGoesFromNobodyToEveryoneToRevealed() {
    var session = WorkflowFixture.session()
    #expect(session.revealReadiness == .nobodyHasScored)
    session.finishTurn("p2")
    #expect(
      session.revealReadiness
        == .waitingFor([Participant(id: "p1", name: "Ana"), Participant(id: "p3", name: "Chen")]))
    session.finishTurn("p1")
    session.finishTurn("p3")
    #expect(session.revealReadiness == .everyoneHasScored)
    session.reveal()
    #expect(session.revealReadiness == .alreadyRevealed)
  }

  @Test func aSoloSessionNeedsNoReveal() {
    var session = WorkflowFixture.session(mode: .solo, names: ["Ana"])
    #expect(session.revealReadiness == .soloNeedsNone)
    session.reveal()
    #expect(!session.scoresRevealed)
  }
}
