import Testing
import WorkbookCore
import WorkbookTUI

/// A row just added whose first cell is cancelled goes away again when nothing was written in it.
@Suite struct PlanAddCancelTests {
  @Test func cancellingTheFirstCellOfANewRowTakesTheRowAway() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.character("a"), in: &state)
    #expect(state.workbook?.session.plan.count == 3)
    let effects = press(.escape, in: &state)
    #expect(state.workbook?.session.plan == PlanFixture.planned().plan)
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(state.workbook?.plan.row == 1)
    // Nothing to undo: the row came and went as one.
    press(.character("u"), in: &state)
    #expect(state.workbook?.session.plan == PlanFixture.planned().plan)
    #expect(state.message?.text == "Nothing to undo.")
  }

  @Test func aRowWithTextOrAnOldRowStays() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.character("a"), in: &state)
    type("Gatherings", in: &state)
    press(.control("d"), .right, .enter, .escape, in: &state)
    #expect(state.workbook?.session.plan.count == 3)
    var empty = PlanFixture.app(PlanFixture.planned())
    press(.character("a"), .control("d"), .enter, .escape, in: &empty)
    #expect(empty.workbook?.session.plan.count == 3)
  }
}
