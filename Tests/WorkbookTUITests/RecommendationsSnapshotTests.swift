import Testing
import WorkbookCore
import WorkbookTUI

/// The Recommendations step at 80×24 and 120×40, compared with Snapshots/recommendations-*.txt.
@Suite struct RecommendationsSnapshotTests {
  private func check(_ state: AppState, _ name: String) {
    for (width, height) in [(80, 24), (120, 40)] {
      var state = state
      _ = update(&state, .resized(width: width, height: height))
      assertSnapshot(
        render(state, width: width, height: height), named: "\(name)-\(width)x\(height)")
    }
  }

  @Test func theListWithMarksPrioritiesAndNotes() {
    check(RecommendationsFixture.app(RecommendationsFixture.reviewed()), "recommendations-list")
  }

  @Test func weakAreasFirst() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    press(.character("w"), in: &state)
    check(state, "recommendations-weak-first")
  }

  @Test func writingANote() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    press(.enter, in: &state)
    type(" 予算は来月決めます。", in: &state)
    check(state, "recommendations-note")
  }

  @Test func aFilterThatMatchesNothing() {
    var state = RecommendationsFixture.app()
    press(.character("f"), .character("f"), in: &state)
    check(state, "recommendations-filter-empty")
  }
}
