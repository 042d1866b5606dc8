import Testing
import WorkbookCore
import WorkbookWorkflow

/// A step's planned minutes.
@Suite struct AgendaTests {
  @Test func minutesStayBetweenNoneAndTheMaximum() {
    var session = WorkflowFixture.session()
    session.changeAgendaMinutes(of: "scores", by: 5)
    #expect(session.agenda == Agenda(minutes: ["scores": 5]))
    session.changeAgendaMinutes(of: "scores", by: -10)
    #expect(session.agenda?.minutes(for: "scores") == 0)
    session.changeAgendaMinutes(of: "plan", by: 1000)
    #expect(session.agenda?.minutes(for: "plan") == Agenda.maximumMinutes)
  }
}
