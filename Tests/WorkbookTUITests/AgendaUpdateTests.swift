import Testing
import WorkbookCore
import WorkbookTUI

/// The agenda's editor on the Overview: the suggested 60- and 90-minute splits, minutes per step
/// changed with the arrows, each change saved and undoable like any other.
@Suite struct AgendaUpdateTests {
  private func minutes(_ state: AppState) -> [Int]? {
    state.workbook?.session.agenda.map { agenda in Agenda.stepIDs.map { agenda.minutes(for: $0) } }
  }

  @Test func theSuggestionsAddUpToTheirSessionLengths() {
    #expect(Agenda.suggested(forMinutes: 60)?.totalMinutes == 60)
    #expect(Agenda.suggested(forMinutes: 90)?.totalMinutes == 90)
    #expect(Agenda.suggested(forMinutes: 45) == nil)
  }

  @Test func aStartsFromTheSixtyMinuteSuggestionAndSavesIt() {
    var state = Fixture.app()
    #expect(state.workbook?.session.agenda == nil)
    let effects = press(.character("a"), in: &state)
    #expect(minutes(state) == [5, 15, 15, 15, 10, 0])
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(state.workbook?.overview.agendaSelection == .overview)
    #expect(Keymap.contexts(for: state).first == .agenda)
  }

  @Test func arrowsChooseAStepAndChangeItsMinutes() {
    var state = Fixture.app()
    press(.character("a"), .down, .down, .right, .right, .character("-"), in: &state)
    #expect(minutes(state) == [5, 15, 24, 15, 10, 0])
    press(.up, .left, .left, .left, .left, in: &state)
    #expect(minutes(state) == [5, 0, 24, 15, 10, 0])
    // Never below none.
    press(.left, in: &state)
    #expect(minutes(state) == [5, 0, 24, 15, 10, 0])
    press(.character("u"), in: &state)
    #expect(minutes(state) == [5, 5, 24, 15, 10, 0])
  }

  @Test func digitsChooseASuggestionNotAStepAndEscClosesTheEditorNotTheSession() {
    var state = Fixture.app()
    press(.character("a"), .character("9"), in: &state)
    #expect(minutes(state) == [5, 20, 25, 20, 15, 5])
    #expect(state.workbook?.step == .overview)
    press(.character("6"), in: &state)
    #expect(minutes(state) == [5, 15, 15, 15, 10, 0])
    press(.escape, in: &state)
    #expect(state.screen == .workbook)
    #expect(state.workbook?.overview.agendaSelection == nil)
    press(.character("a"), .enter, in: &state)
    #expect(state.workbook?.overview.agendaSelection == nil)
    #expect(minutes(state) == [5, 15, 15, 15, 10, 0])
  }

  @Test func xRemovesTheAgendaAndUndoBringsItBack() {
    var state = Fixture.app()
    press(.character("a"), .character("x"), in: &state)
    #expect(state.workbook?.session.agenda == nil)
    #expect(state.workbook?.overview.agendaSelection == nil)
    press(.character("u"), in: &state)
    #expect(minutes(state) == [5, 15, 15, 15, 10, 0])
  }

  @Test func theHelpListsTheAgendaKeys() {
    var state = Fixture.app()
    press(.character("a"), .character("?"), in: &state)
    let help = render(state, width: 120, height: 40).lines.joined(separator: "\n")
    for description in [
      "Five minutes more", "One minute fewer", "The suggested 90-minute session", "No agenda",
    ] {
      #expect(help.contains(description))
    }
  }
}
