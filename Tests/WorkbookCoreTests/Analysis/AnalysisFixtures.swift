import WorkbookCore

/// A small strategy with two score items, and sessions built from a table of answers.
enum AnalysisFixtures {
  static let strategy = Strategy(
    id: "fixture", title: "Fixture strategy", reportQuestion: 1, version: "1",
    source: ContentSource(url: "https://example.org", licence: "CC BY-SA 4.0", attribution: "Test"),
    introduction: "Intro.", scale: ScoreScale(),
    scoreItems: [
      ScoreItem(
        id: "gatherings", title: "Gatherings", question: "How well?", lowMeaning: "Not at all",
        highMeaning: "Very well", groupID: "gatherings"),
      ScoreItem(
        id: "overall", title: "Overall", question: "How well overall?", lowMeaning: "Not at all",
        highMeaning: "Very well"),
    ],
    reflectionQuestions: [
      ReflectionQuestion(id: "q1", text: "Strength or challenge?", aboutScores: true),
      ReflectionQuestion(id: "q2", text: "Priority?"),
    ],
    recommendationGroups: [
      RecommendationGroup(
        id: "gatherings", title: "Gatherings",
        recommendations: [
          Recommendation(id: "r1", text: "Meet."), Recommendation(id: "r2", text: "Play."),
        ])
    ],
    referenceSections: [],
    plan: PlanTemplate(
      introduction: "Plan.",
      columns: [
        PlanColumn(id: "goal", title: "Goal", hint: ""),
        PlanColumn(id: "who", title: "Who", hint: ""),
      ])
  )

  /// A session whose participants answered the "gatherings" item as given ("1"…"5", "?", "na",
  /// or "" for unanswered).
  static func session(
    gatherings answers: [String], mode: SessionMode = .workshop, anonymous: Bool = false
  ) -> Session {
    let participants = answers.enumerated().map { index, token in
      Participant(
        id: "p\(index + 1)", name: "Person \(index + 1)",
        scores: ScoreAnswer(token: token).map { ["gatherings": $0] } ?? [:])
    }
    return Session(
      id: "s1", title: "T", createdAt: "2026-11-25T00:00:00Z", mode: mode,
      participants: participants, anonymous: anonymous, strategyID: "fixture", contentVersion: "1")
  }

  static func result(_ answers: [String], mode: SessionMode = .workshop, anonymous: Bool = false)
    -> ItemResult
  {
    ScoreAnalysis(
      session: session(gatherings: answers, mode: mode, anonymous: anonymous), strategy: strategy
    )
    .result(for: "gatherings")!
  }
}
