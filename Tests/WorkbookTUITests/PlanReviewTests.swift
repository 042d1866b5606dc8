import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookTUI

/// Reviewing the earlier session's plan on the Overview of a session based on one.
@Suite struct PlanReviewTests {
  private func expectUpdate(
    _ state: inout AppState, _ action: Action, saves: Bool = false,
    sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout AppState) -> Void = { _ in }
  ) {
    var expected = state
    change(&expected)
    let actual = update(&state, action)
    // A change is saved as it now is.
    let effects: [Effect] = saves ? [.saveSession(expected.workbook!.session)] : []
    #expect(actual == effects, sourceLocation: sourceLocation)
    #expect(state == expected, sourceLocation: sourceLocation)
  }

  @Test func aSessionBasedOnAnEarlierOneOpensOnItsPlan() {
    let state = Fixture.app(Fixture.withLastYearsPlan(Fixture.session()))
    #expect(state.workbook?.overview.planReviewSelection == 0)
    #expect(Keymap.contexts(for: state).first == .planReview)
    // A session started afresh, or whose earlier plan is reviewed, opens on the Overview's text.
    #expect(Fixture.app(Fixture.session()).workbook?.overview.planReviewSelection == nil)
    var reviewed = Fixture.withLastYearsPlan(Fixture.session())
    reviewed.reviewEarlierPlanRow("row-1", outcome: .done)
    reviewed.reviewEarlierPlanRow("row-2", outcome: .dropped)
    #expect(Fixture.app(reviewed).workbook?.overview.planReviewSelection == nil)
  }

  @Test func eachActionsWholeEffect() {
    var state = Fixture.app(Fixture.withLastYearsPlan(Fixture.session()))
    expectUpdate(&state, .planReview(.moveDown)) { $0.workbook?.overview.planReviewSelection = 1 }
    expectUpdate(&state, .planReview(.moveDown))
    expectUpdate(&state, .planReview(.mark(.carried)), saves: true) {
      $0.history.record($0.workbook!.session)
      $0.workbook?.session.reviewEarlierPlanRow("row-2", outcome: .carried)
      $0.pendingSaves += 1
      $0.save = .saving
      $0.message = StatusMessage("Carried into this session's plan: a row of step 5 now holds it.")
    }
    expectUpdate(&state, .planReview(.moveUp)) {
      $0.workbook?.overview.planReviewSelection = 0
      $0.message = nil
    }
    expectUpdate(&state, .planReview(.done)) { $0.workbook?.overview.planReviewSelection = nil }
    expectUpdate(&state, .overview(.reviewEarlierPlan)) {
      $0.workbook?.overview.planReviewSelection = 0
    }
  }

  @Test func markingCarryingAndANoteAreSavedInTheSession() {
    var state = Fixture.app(Fixture.withLastYearsPlan(Fixture.session()))
    press(.character("d"), in: &state)
    press(.enter, in: &state)
    type("Twelve meet-ups", in: &state)
    press(.control("d"), in: &state)
    press(.down, .character("c"), in: &state)
    let session = state.workbook?.session
    #expect(
      session?.basedOn?.review(ofRow: "row-1")
        == PlanRowReview(outcome: .done, note: "Twelve meet-ups"))
    #expect(session?.basedOn?.review(ofRow: "row-2").outcome == .carried)
    #expect(session?.plan.map(\.carriedFrom) == ["row-2"])
    #expect(session?.plan.first?["goal"] == "A newsletter for new editors")
    // Undo takes the carried row away with the mark.
    press(.character("u"), in: &state)
    #expect(state.workbook?.session.plan == [])
    #expect(state.workbook?.session.basedOn?.review(ofRow: "row-2").outcome == .notReviewed)
  }

  @Test func aReadOnlySessionsReviewIsLookedAtNotChanged() {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .resized(width: 80, height: 24))
    _ = update(
      &state,
      .result(.sessionOpenedReadOnly(Fixture.withLastYearsPlan(Fixture.session()), editor: nil)))
    _ = update(&state, .overview(.reviewEarlierPlan))
    press(.down, .character("d"), in: &state)
    #expect(state.workbook?.overview.planReviewSelection == 1)
    #expect(state.workbook?.session.basedOn?.planReview == [:])
  }

  @Test func snapshots() {
    var state = Fixture.app(Fixture.withLastYearsPlan(Fixture.session()))
    assertSnapshots(state, "overview-plan-review")
    press(.character("d"), .enter, in: &state)
    type("Twelve meet-ups, twice in the library", in: &state)
    assertSnapshots(state, "overview-plan-review-note")
    press(.control("d"), .escape, in: &state)
    assertSnapshots(state, "overview-plan-reviewed-once")
  }
}
