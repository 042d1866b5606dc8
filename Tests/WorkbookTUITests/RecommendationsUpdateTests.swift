import Testing
import WorkbookCore
import WorkbookTUI

@Suite struct RecommendationsUpdateTests {
  private func review(_ state: AppState, _ id: String) -> RecommendationReview? {
    state.workbook?.session.reviews[id]
  }

  private func listed(_ state: AppState) -> [String] {
    render(state, width: 80, height: 24).lines
  }

  @Test func aLetterMarksTheSelectedRecommendationAndAgainTakesTheMarkBack() {
    var state = RecommendationsFixture.app()
    let effects = press(.character("t"), in: &state)
    #expect(review(state, "meet-in-person")?.status == .tryNext)
    #expect(effects == [.saveSession(state.workbook!.session)])
    press(.character("t"), in: &state)
    #expect(review(state, "meet-in-person")?.status == .notReviewed)
    press(.down, .character("a"), .down, .character("n"), .down, .character("x"), in: &state)
    #expect(review(state, "common-task")?.status == .alreadyDoing)
    #expect(review(state, "case-studies")?.status == .notForNow)
    #expect(review(state, "feedback-mechanism")?.status == .notApplicable)
  }

  @Test func theCountsAddUpPerMark() {
    let state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    #expect(
      listed(state)[3]
        == "  1 already doing  1 try next  1 not for now  0 not applicable  4 to review")
  }

  @Test func priorityGoesRoundHighMediumLowNone() {
    var state = RecommendationsFixture.app()
    press(.character("p"), in: &state)
    #expect(review(state, "meet-in-person")?.priority == .high)
    press(.character("p"), .character("p"), in: &state)
    #expect(review(state, "meet-in-person")?.priority == .low)
    press(.character("p"), in: &state)
    #expect(review(state, "meet-in-person")?.priority == nil)
  }

  @Test func theFilterShowsOneMarkAtATime() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    press(.character("f"), in: &state)
    #expect(state.workbook?.recommendations.filter == .notReviewed)
    // Marking one takes it out of the list; the selection moves to the next.
    press(.character("a"), in: &state)
    #expect(review(state, "common-task")?.status == .alreadyDoing)
    press(.character("a"), in: &state)
    #expect(review(state, "feedback-mechanism")?.status == .alreadyDoing)
    press(.character("f"), .character("f"), .character("f"), in: &state)
    #expect(state.workbook?.recommendations.filter == .notForNow)
    #expect(listed(state)[6].contains("▸ Not for now    Find ways to recognize"))
  }

  @Test func weakAreasFirstPutsTheLowAndSplitGroupsFirst() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    press(.character("w"), in: &state)
    // Needs: low, lowest mean 2.5; gatherings: low and split, 2.7; communication: high, agreed.
    let headings = listed(state).filter {
      $0.hasPrefix("  Understanding") || $0.hasPrefix("  Engaging") || $0.hasPrefix("  Supporting")
    }
    #expect(headings.count == 3)
    #expect(headings[0] == "  Understanding the needs of online contributors  low")
    #expect(headings[1] == "  Engaging online contributors through gatherings  low · split")
    #expect(headings[2] == "  Supporting effective communication online")
  }

  @Test func weakAreasFirstWaitsForTheReveal() {
    var state = RecommendationsFixture.app()
    press(.character("w"), in: &state)
    #expect(listed(state)[5] == "  Engaging online contributors through gatherings")
  }

  @Test func enterWritesANoteAndLettersAreText() {
    var state = RecommendationsFixture.app()
    press(.down, .enter, in: &state)
    type("ask Bo at the next meetup 🙂", in: &state)
    #expect(review(state, "common-task") == nil)
    press(.control("d"), in: &state)
    #expect(review(state, "common-task")?.note == "ask Bo at the next meetup 🙂")
    #expect(review(state, "common-task")?.status == .notReviewed)
    #expect(state.workbook?.recommendations.noteEditor == nil)
  }

  @Test func plusAddsALinkedPlanRow() {
    var state = RecommendationsFixture.app()
    press(.character("+"), in: &state)
    let plan = state.workbook?.session.plan ?? []
    #expect(
      plan == [
        PlanRow(
          id: "row-1",
          cells: [
            "goal": "Consider if meeting in person is a practical and cost-effective option in "
              + "your context."
          ], recommendationID: "meet-in-person")
      ])
    #expect(state.message?.text.hasPrefix("Added to the plan as row 1") == true)
  }

  @Test func undoSaysWhatItUndid() {
    var state = RecommendationsFixture.app()
    press(.down, .down, .character("a"), in: &state)
    press(.character("u"), in: &state)
    #expect(state.message == StatusMessage("Undone: the mark on “Find an example of when two…”."))
    press(.control("r"), in: &state)
    #expect(state.message == StatusMessage("Redone: the mark on “Find an example of when two…”."))
    var plan = PlanFixture.app(PlanFixture.planned())
    press(.character("d"), .character("u"), in: &plan)
    #expect(plan.message == StatusMessage("Undone: a plan row deleted."))
  }

  @Test func aSecondPlusSaysWhereTheRowIsAndAddsNoCopy() {
    var state = RecommendationsFixture.app()
    press(.character("+"), in: &state)
    let once = state.workbook?.session
    let effects = press(.character("+"), in: &state)
    #expect(effects == [])
    #expect(state.workbook?.session == once)
    #expect(
      state.message
        == StatusMessage(
          "Already in the plan as row 1; nothing added. Press 5 to see it, a there for another "
            + "row."))
  }

  @Test func movingDownScrollsTheSelectionIntoView() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    for _ in 0..<6 { press(.down, in: &state) }
    #expect(state.workbook?.recommendations.selection == 6)
    let lines = listed(state)
    #expect(lines.contains { $0.contains("▸ Not reviewed   Ensure your staff") })
    // The list has turned past its top to show it.
    #expect(!lines.contains { $0.contains("Consider if meeting in person") })
  }
}
