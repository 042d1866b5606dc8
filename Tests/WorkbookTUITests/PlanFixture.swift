import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The recommendations fixture with the plan's eight columns, as the content has them.
enum PlanFixture {
  static let strategy: Strategy = {
    var strategy = RecommendationsFixture.strategy
    strategy.plan = PlanTemplate(
      introduction: "Write down what the team will do to build capacity in this strategy.",
      columns: [
        PlanColumn(id: "focus", title: "Focus", hint: "A score item or a recommendation"),
        PlanColumn(id: "goal", title: "Goal", hint: "What do we want to achieve?"),
        PlanColumn(id: "actions", title: "Actions", hint: "What will we do?"),
        PlanColumn(id: "who", title: "Who", hint: "Who will do it?"),
        PlanColumn(id: "resources", title: "Resources needed", hint: "Money, time, people"),
        PlanColumn(id: "by-when", title: "By when", hint: "A date or a season"),
        PlanColumn(id: "measure", title: "How we will know", hint: "The sign of success"),
        PlanColumn(id: "status", title: "Status", hint: "Not started, under way, done"),
      ])
    return strategy
  }()

  static func app(_ session: Session = Fixture.session(), width: Int = 80, height: Int = 24)
    -> AppState
  {
    Fixture.app(session, strategy: strategy, step: .plan, width: width, height: height)
  }

  /// A session whose plan has two rows, the first made from a recommendation.
  static func planned() -> Session {
    var session = Fixture.session()
    session.plan = [
      PlanRow(
        id: "row-1",
        cells: [
          "focus": "Meeting in person", "goal": "Meet the Bokmål contributors twice a year",
          "actions": "A spring meetup in Oslo and an autumn one in Bergen, with a writing contest",
          "who": "Ana, Bo", "by-when": "June 2027", "status": "Not started",
        ], recommendationID: "meet-in-person"),
      PlanRow(
        id: "row-2",
        cells: ["focus": "Understanding needs", "goal": "Ask contributors what they need"]),
    ]
    return session
  }

  /// `planned()` based on last year's session, whose first plan row the team carried on: a
  /// third row, copied from it.
  static func carried() -> Session {
    var session = Fixture.withLastYearsPlan(planned())
    session.reviewEarlierPlanRow("row-1", outcome: .carried)
    return session
  }
}
