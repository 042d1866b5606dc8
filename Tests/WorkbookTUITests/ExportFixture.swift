import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The Export step of the fixture session, started in a folder of Ana's.
enum ExportFixture {
  static let folder = "/home/ana/workshop"

  static func app(_ session: Session = planned(), width: Int = 80, height: Int = 24) -> AppState {
    var state = PlanFixture.app(session, width: width, height: height)
    state.currentFolder = folder
    _ = update(&state, .steps(.goTo(.export)))
    return state
  }

  /// Scored, revealed, with a reflection answer and the plan's two rows: a preview with text.
  static func planned() -> Session {
    var session = Fixture.scored(PlanFixture.planned())
    session.scoresRevealed = true
    session.reflection["q1"] = ReflectionAnswer(text: "Nous nous voyons trop peu. 会う機会が少ない")
    return session
  }

  static func export(_ state: AppState, _ choice: ExportChoice) -> String {
    guard let workbook = state.workbook else { return "" }
    return
      (try? SessionExporter.export(
        workbook.session, strategy: workbook.strategy, format: choice.format,
        options: choice.options(messages: state.messages))) ?? ""
  }
}
