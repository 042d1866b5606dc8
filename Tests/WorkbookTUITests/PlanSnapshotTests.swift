import Testing
import WorkbookCore
import WorkbookTUI

/// The Plan step at 80×24 (cards: eight columns do not fit) and 120×40 (the table), compared
/// with Snapshots/plan-*.txt.
@Suite struct PlanSnapshotTests {
  private func check(_ state: AppState, _ name: String) {
    for (width, height) in [(80, 24), (120, 40)] {
      var state = state
      _ = update(&state, .resized(width: width, height: height))
      assertSnapshot(
        render(state, width: width, height: height), named: "\(name)-\(width)x\(height)")
    }
  }

  @Test func anEmptyPlan() {
    check(PlanFixture.app(), "plan-empty")
  }

  @Test func twoRowsOneFromARecommendation() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.right, .right, in: &state)
    check(state, "plan-rows")
  }

  @Test func writingInACell() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.down, .right, .right, .enter, in: &state)
    type("Une enquête en ligne, puis deux entretiens 👍", in: &state)
    check(state, "plan-writing")
  }
}
