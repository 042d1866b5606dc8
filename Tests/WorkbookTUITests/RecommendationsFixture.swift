import WorkbookCore
import WorkbookTUI

/// The fixture strategy with recommendations as long as the page's, two or three per group.
enum RecommendationsFixture {
  static let strategy: Strategy = {
    var strategy = Fixture.strategy
    strategy.recommendationGroups = [
      RecommendationGroup(
        id: "gatherings", title: "Engaging online contributors through gatherings",
        recommendations: [
          Recommendation(
            id: "meet-in-person",
            text: "Consider if meeting in person is a practical and cost-effective option in your "
              + "context. Create situations where online contributors and volunteers can meet."),
          Recommendation(
            id: "common-task",
            text: "Many contributors prefer to work together on a common task. Consider a "
              + "challenge or contest around a common cause or theme."),
        ]),
      RecommendationGroup(
        id: "communication", title: "Supporting effective communication online",
        recommendations: [
          Recommendation(
            id: "case-studies",
            text: "Find an example of when two or more online contributors worked well together, "
              + "and one when they did not."),
          Recommendation(
            id: "feedback-mechanism",
            text: "Make sure online contributors have a way to share their thoughts and concerns "
              + "with your organization."),
          Recommendation(
            id: "recognition",
            text: "Find ways to recognize and publicly appreciate effective online communication."),
        ]),
      RecommendationGroup(
        id: "needs", title: "Understanding the needs of online contributors",
        recommendations: [
          Recommendation(
            id: "needs-assessment",
            text: "Consider conducting a formal or informal needs assessment, to find out how "
              + "online contributors want to engage with your organization."),
          Recommendation(
            id: "regular-interaction",
            text: "Ensure your staff or key volunteers interact regularly with online "
              + "contributors."),
        ]),
    ]
    return strategy
  }()

  /// An app on the Recommendations step of `session`.
  static func app(_ session: Session = Fixture.session(), width: Int = 80, height: Int = 24)
    -> AppState
  {
    Fixture.app(session, strategy: strategy, step: .recommendations, width: width, height: height)
  }

  /// A scored, revealed session with some recommendations marked.
  static func reviewed() -> Session {
    var session = Fixture.scored(Fixture.session())
    session.scoresRevealed = true
    session.reviews = [
      "meet-in-person": RecommendationReview(
        status: .tryNext, priority: .high, note: "Ana will ask the board about a budget."),
      "case-studies": RecommendationReview(status: .alreadyDoing),
      "recognition": RecommendationReview(status: .notForNow, priority: .low),
    ]
    return session
  }
}
