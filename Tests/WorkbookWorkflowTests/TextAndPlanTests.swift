import Testing
import WorkbookCore
import WorkbookWorkflow

/// Text set by meaning, marks, and the plan's rows.
@Suite struct TextAndPlanTests {
  private let strategy = WorkflowFixture.strategy

  @Test func textChangesSetExactlyWhatWasWritten() {
    var session = WorkflowFixture.session()
    session.addBlankPlanRow()
    session.apply(.reflectionAnswer(questionID: "q1", text: "  We meet\nonce a year. "))
    session.apply(.recommendationNote(recommendationID: "meetups", text: "Ask Bo."))
    session.apply(.planCell(rowID: "row-1", columnID: "who", text: "Chen"))
    session.apply(.facilitatorNotes("Bring tea."))
    #expect(session.reflection["q1"] == ReflectionAnswer(text: "  We meet\nonce a year. "))
    #expect(session.reviews["meetups"] == RecommendationReview(note: "Ask Bo."))
    #expect(session.plan == [PlanRow(id: "row-1", cells: ["who": "Chen"])])
    #expect(session.facilitatorNotes == "Bring tea.")
    #expect(session.currentText(of: .planCell(rowID: "row-1", columnID: "who", text: "")) == "Chen")
  }

  @Test func anEmptyCellIsClearedAndARowThatIsGoneIsLeftAlone() {
    var session = WorkflowFixture.session()
    session.addBlankPlanRow()
    session.apply(.planCell(rowID: "row-1", columnID: "goal", text: "More meetups"))
    session.apply(.planCell(rowID: "row-1", columnID: "goal", text: ""))
    session.apply(.planCell(rowID: "row-7", columnID: "goal", text: "Lost?"))
    #expect(session.plan == [PlanRow(id: "row-1")])
    #expect(session.planRowIsBlank(session.plan[0]))
  }

  @Test func aRecommendationsPlanRowHoldsItsFirstSentenceAndIsAddedOnce() {
    var session = WorkflowFixture.session()
    let meetups = strategy.recommendationGroups[0].recommendations[0]
    let first = session.addPlanRow(for: meetups, strategy: strategy)
    #expect(first == .added(row: 1))
    #expect(
      session.plan == [
        PlanRow(id: "row-1", cells: ["goal": "Hold monthly meetups."], recommendationID: "meetups")
      ])
    let second = session.addPlanRow(for: meetups, strategy: strategy)
    #expect(second == .alreadyInPlan(row: 1))
    #expect(session.plan.count == 1)
    #expect(!session.planRowIsBlank(session.plan[0]))
  }

  @Test func aRecommendationOfOneSentenceIsTakenWhole() {
    let channels = strategy.recommendationGroups[1].recommendations[0]
    let row = WorkflowFixture.session().planRow(for: channels, strategy: strategy)
    #expect(row.cells == ["goal": "Open channels"])
  }

  @Test func rowsAreDeletedAndMovedOnlyWithinThePlan() {
    var session = WorkflowFixture.session()
    let first = session.addBlankPlanRow()
    let second = session.addBlankPlanRow()
    let movedAboveTheTop = session.movePlanRow(at: 0, by: -1)
    #expect(!movedAboveTheTop)
    let movedDown = session.movePlanRow(at: 0, by: 1)
    #expect(movedDown)
    #expect(session.plan.map(\.id) == [second, first])
    session.deletePlanRow(at: 5)
    session.deletePlanRow(at: 1)
    #expect(session.plan.map(\.id) == [second])
    // A new row never takes the id of one still in the plan ("row-2").
    let newID = session.addBlankPlanRow()
    #expect(newID == "row-3")
  }

  @Test func markingWithTheSameStatusTakesTheMarkBack() {
    var session = WorkflowFixture.session()
    session.toggleStatus(.tryNext, recommendationID: "meetups")
    #expect(session.review(of: "meetups").status == .tryNext)
    session.toggleStatus(.alreadyDoing, recommendationID: "meetups")
    #expect(session.review(of: "meetups").status == .alreadyDoing)
    session.toggleStatus(.alreadyDoing, recommendationID: "meetups")
    #expect(session.review(of: "meetups").status == .notReviewed)
  }

  @Test func thePriorityGoesRoundFromNone() {
    var session = WorkflowFixture.session()
    var seen: [Priority?] = []
    for _ in 0..<4 {
      session.cyclePriority(recommendationID: "channels")
      seen.append(session.review(of: "channels").priority)
    }
    #expect(seen == [.high, .medium, .low, nil])
  }

  @Test func theQuickChoiceStepsThroughNoneAtEitherEnd() {
    var session = WorkflowFixture.session()
    let question = strategy.reflectionQuestions[0]
    #expect(session.steppedReflectionChoice(question, forward: true) == .some("ahead"))
    #expect(session.steppedReflectionChoice(question, forward: false) == .some("behind"))
    session.setReflectionChoice("behind", questionID: "q1")
    #expect(session.steppedReflectionChoice(question, forward: true) == .some(nil))
    let open = ReflectionQuestion(id: "q2", text: "Anything else?")
    #expect(session.steppedReflectionChoice(open, forward: true) == nil)
  }
}
