import Testing
import WorkbookCore
import WorkbookTUI

/// The Recommendations step at 80×24 and 120×40, compared with Snapshots/recommendations-*.txt.
@Suite struct RecommendationsSnapshotTests {
  @Test func theListWithMarksPrioritiesAndNotes() {
    assertSnapshots(
      RecommendationsFixture.app(RecommendationsFixture.reviewed()), "recommendations-list",
      styled: true)
  }

  @Test func weakAreasFirst() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    press(.character("w"), in: &state)
    assertSnapshots(state, "recommendations-weak-first")
  }

  @Test func writingANote() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    press(.enter, in: &state)
    type(" 予算は来月決めます。", in: &state)
    assertSnapshots(state, "recommendations-note")
  }

  @Test func aFilterThatMatchesNothing() {
    var state = RecommendationsFixture.app()
    press(.character("f"), .character("f"), in: &state)
    assertSnapshots(state, "recommendations-filter-empty")
  }
}
