import Testing
import WorkbookCore
import WorkbookTUI

@Suite struct PlanUpdateTests {
  private func plan(_ state: AppState) -> [PlanRow] { state.workbook?.session.plan ?? [] }

  @Test func addingARowStartsWritingItsFirstCell() {
    var state = PlanFixture.app()
    press(.character("a"), in: &state)
    #expect(plan(state) == [PlanRow(id: "row-1")])
    #expect(state.workbook?.plan.cellEditor?.placeholder == "A score item or a recommendation")
    type("Gatherings", in: &state)
    press(.control("d"), in: &state)
    #expect(plan(state) == [PlanRow(id: "row-1", cells: ["focus": "Gatherings"])])
    #expect(state.workbook?.plan.cellEditor == nil)
  }

  @Test func enterWritesInTheSelectedCell() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.character("]"), .right, .right, .right, .enter, in: &state)
    type("Chen 陈", in: &state)
    let effects = press(.control("d"), in: &state)
    #expect(plan(state)[1]["who"] == "Chen 陈")
    #expect(effects == [.saveSession(state.workbook!.session)])
  }

  @Test func escapeLeavesTheCellAsItWas() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.right, .enter, in: &state)
    type(" and more", in: &state)
    press(.escape, .escape, in: &state)
    #expect(plan(state) == PlanFixture.planned().plan)
    #expect(state.workbook?.plan.cellEditor == nil)
  }

  @Test func deletingARowCanBeUndone() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.character("d"), in: &state)
    #expect(plan(state).map(\.id) == ["row-2"])
    #expect(state.message?.text == "Row 1 deleted. Press u to bring it back.")
    press(.character("u"), in: &state)
    #expect(plan(state) == PlanFixture.planned().plan)
  }

  @Test func rowsMoveUpAndDownThePlan() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.character("J"), in: &state)
    #expect(plan(state).map(\.id) == ["row-2", "row-1"])
    #expect(state.workbook?.plan.row == 1)
    // The last row cannot go further down.
    #expect(press(.character("J"), in: &state) == [])
    press(.character("K"), in: &state)
    #expect(plan(state).map(\.id) == ["row-1", "row-2"])
  }

  @Test func theSelectionStaysInsideThePlan() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.up, .left, in: &state)
    #expect(state.workbook?.plan.row == 0)
    #expect(state.workbook?.plan.column == 0)
    for _ in 0..<10 { press(.right, .pageDown, in: &state) }
    #expect(state.workbook?.plan.row == 1)
    #expect(state.workbook?.plan.column == 7)
  }

  @Test func aRecommendationBecomesALinkedRowShownWithIt() {
    var state = PlanFixture.app()
    press(.character("4"), .down, .character("+"), .character("5"), in: &state)
    #expect(plan(state).first?.recommendationID == "common-task")
    let lines = render(state, width: 80, height: 24).lines
    #expect(
      lines.contains("  From the recommendation: Many contributors prefer to work together on a"))
  }

  @Test func theTableNeedsRoomAndCardsTakeOverBelowIt() {
    let narrow = render(PlanFixture.app(PlanFixture.planned()), width: 80, height: 24).lines
    #expect(narrow[2].hasPrefix("  Plan  ·  2 rows  ·  one row at a time"))
    let wide = render(PlanFixture.app(PlanFixture.planned()), width: 120, height: 40).lines
    #expect(wide[2].hasSuffix("Plan  ·  2 rows"))
  }

  @Test func inTheCardTheArrowsGoThroughTheFieldsAndBracketsThroughTheRows() {
    var state = PlanFixture.app(PlanFixture.planned())
    #expect(Keymap.contexts(for: state).first == .planCard)
    press(.down, .down, in: &state)
    #expect(state.workbook?.plan.row == 0)
    #expect(state.workbook?.plan.column == 2)
    press(.up, in: &state)
    #expect(state.workbook?.plan.column == 1)
    press(.character("]"), in: &state)
    #expect(state.workbook?.plan.row == 1)
    #expect(state.workbook?.plan.column == 1, "the same field of the next row")
    press(.pageUp, in: &state)
    #expect(state.workbook?.plan.row == 0)
    press(.pageDown, .enter, in: &state)
    type(" at the meetup", in: &state)
    press(.control("d"), in: &state)
    #expect(plan(state)[1]["goal"] == "Ask contributors what they need at the meetup")
    #expect(plan(state)[0]["goal"] == "Meet the Bokmål contributors twice a year")
  }

  @Test func theCardAndTheStatusLineSayWhichKeyDoesWhat() {
    let lines = render(PlanFixture.app(PlanFixture.planned()), width: 80, height: 24).lines
    #expect(lines[4].contains("Row 1 of 2"))
    #expect(lines[4].contains("↑↓ field"))
    #expect(lines[4].contains("[ ]"))
    #expect(lines[23].hasPrefix(" ↑↓ field   [ ] row   Enter write"))
  }

  @Test func inTheTableTheArrowsGoThroughTheRows() {
    var state = PlanFixture.app(PlanFixture.planned(), width: 120, height: 40)
    #expect(Keymap.contexts(for: state).first == .plan)
    press(.down, in: &state)
    #expect(state.workbook?.plan.row == 1)
    #expect(state.workbook?.plan.column == 0)
    press(.character("["), in: &state)
    #expect(state.workbook?.plan.row == 0)
    let lines = render(state, width: 120, height: 40).lines
    #expect(lines[39].hasPrefix(" ↑↓←→ cell"))
  }
}
