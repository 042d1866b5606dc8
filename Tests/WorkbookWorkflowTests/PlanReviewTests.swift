import Testing
import WorkbookCore
import WorkbookWorkflow

/// Reviewing the earlier plan: what each outcome does to the session.
@Suite struct PlanReviewTests {
  @Test func carryingARowAddsOneLinkedRowAndKeepsItWhenTheOutcomeChanges() {
    var session = WorkflowFixture.basedOnLastYear()
    session.reviewEarlierPlanRow("row-1", outcome: .carried, note: "again")
    #expect(session.plan.count == 2)
    let carried = session.plan[1]
    #expect(carried.id == "row-2", "a new id, not the earlier row's (this plan has a row-1)")
    #expect(carried.carriedFrom == "row-1")
    #expect(carried.recommendationID == "meetups")
    #expect(carried.cells == ["goal": "Monthly meet-ups", "who": "Ana"])
    session.reviewEarlierPlanRow("row-1", outcome: .carried, note: "again")
    #expect(session.plan.count == 2, "carrying twice adds no second row")
    session.plan[1]["goal"] = "Typed by the team"
    session.reviewEarlierPlanRow("row-1", outcome: .inProgress, note: "half done")
    #expect(session.plan.count == 2 && session.plan[1]["goal"] == "Typed by the team")
    #expect(
      session.basedOn?.review(ofRow: "row-1")
        == PlanRowReview(outcome: .inProgress, note: "half done"))
    #expect(session.basedOn?.review(ofRow: "row-2").outcome == .notReviewed)
  }

  @Test func anOutcomeOtherThanCarriedRecordsTheReviewAndLeavesThePlan() {
    var session = WorkflowFixture.basedOnLastYear()
    for outcome in [PlanRowOutcome.done, .inProgress, .dropped, .notReviewed] {
      session.reviewEarlierPlanRow("row-2", outcome: outcome, note: "note")
      #expect(
        session.basedOn?.review(ofRow: "row-2") == PlanRowReview(outcome: outcome, note: "note"))
      #expect(session.plan == WorkflowFixture.basedOnLastYear().plan)
    }
  }

  @Test func aRowTheEarlierPlanDoesNotHaveOrASessionNotBasedOnOneChangesNothing() {
    var plain = WorkflowFixture.session()
    plain.reviewEarlierPlanRow("row-1", outcome: .carried)
    #expect(plain == WorkflowFixture.session())
    var based = WorkflowFixture.basedOnLastYear()
    based.reviewEarlierPlanRow("no-such-row", outcome: .done)
    #expect(based == WorkflowFixture.basedOnLastYear())
  }
}
