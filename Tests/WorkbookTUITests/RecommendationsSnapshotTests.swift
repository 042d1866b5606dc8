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

  /// A session based on last year's shows last time's mark under each recommendation marked then.
  @Test func lastTimesMarks() {
    let session = Fixture.basedOnLastYear(
      RecommendationsFixture.reviewed(), strategy: RecommendationsFixture.strategy)
    let state = RecommendationsFixture.app(session)
    assertSnapshots(state, "recommendations-last-time")
    let lines = render(state, width: 80, height: 24).lines
    #expect(lines.contains { $0.contains("Last time: already doing") })
    #expect(lines.contains { $0.contains("Last time: already doing · Priority high · Note:") })
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
