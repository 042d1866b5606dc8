import Testing
import WorkbookCore
import WorkbookTUI

/// The Plan step at 80×24 (cards: eight columns do not fit) and 120×40 (the table), compared
/// with Snapshots/plan-*.txt.
@Suite struct PlanSnapshotTests {
  @Test func anEmptyPlan() {
    assertSnapshots(PlanFixture.app(), "plan-empty")
  }

  @Test func twoRowsOneFromARecommendation() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.right, .right, in: &state)
    assertSnapshots(state, "plan-rows", styled: true)
  }

  /// The row carried on from the last plan says so, at 80×24 on its card, wider under its row.
  @Test func aRowCarriedOnFromTheLastPlan() {
    var state = PlanFixture.app(PlanFixture.carried())
    press(.character("]"), .character("]"), in: &state)
    #expect(state.workbook?.plan.row == 2)
    assertSnapshots(state, "plan-carried-row")
  }

  @Test func writingInACell() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.character("]"), .right, .right, .enter, in: &state)
    type("Une enquête en ligne, puis deux entretiens 👍", in: &state)
    assertSnapshots(state, "plan-writing")
  }
}
