import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// A small strategy built in code, so the tests do not depend on the content file.
enum Fixture {
  static let strategy = Strategy(
    id: "online-contributors", title: "Working with online contributors to build communities",
    reportQuestion: 6, version: "1",
    source: ContentSource(
      url: "https://meta.wikimedia.org/wiki/Example", licence: "CC BY-SA 4.0",
      attribution: "Wikimedia Foundation and TCC Group"),
    introduction:
      "Online contributors are the heart of the projects. This strategy is about meeting them, "
      + "talking with them well, and learning what they need.",
    scale: ScoreScale(labels: [
      1: "Not at all", 2: "A little", 3: "Somewhat", 4: "Mostly", 5: "Fully",
    ]),
    scoreItems: [
      ScoreItem(
        id: "gatherings", title: "Gatherings",
        question: "How well does our organization engage online contributors through offline "
          + "and online gatherings?",
        lowMeaning: "we rarely meet contributors", highMeaning: "gatherings happen regularly",
        groupID: "gatherings"),
      ScoreItem(
        id: "communication", title: "Communication online",
        question: "How well does our organization support effective communication online?",
        lowMeaning: "we seldom talk online", highMeaning: "we talk openly and often",
        groupID: "communication"),
      ScoreItem(
        id: "needs", title: "Understanding needs",
        question: "How well does our organization understand the needs of online contributors?",
        lowMeaning: "we do not know them", highMeaning: "we ask and act on it", groupID: "needs"),
      ScoreItem(
        id: "overall", title: "The strategy as a whole",
        question: "How well does our organization work with online contributors overall?",
        lowMeaning: "not yet started", highMeaning: "a strength we build on"),
    ],
    reflectionQuestions: (1...6).map { ReflectionQuestion(id: "q\($0)", text: "Question \($0)?") },
    recommendationGroups: [
      RecommendationGroup(
        id: "gatherings", title: "Gatherings",
        recommendations: [Recommendation(id: "meetups", text: "Hold meetups.")]),
      RecommendationGroup(
        id: "communication", title: "Communication",
        recommendations: [Recommendation(id: "channels", text: "Open channels.")]),
      RecommendationGroup(
        id: "needs", title: "Needs",
        recommendations: [Recommendation(id: "survey", text: "Survey contributors.")]),
    ],
    referenceSections: [],
    plan: PlanTemplate(
      introduction: "The plan.",
      columns: [PlanColumn(id: "goal", title: "Goal", hint: "What do we want?")]))

  static func session(
    mode: SessionMode = .workshop, names: [String] = ["Ana", "Bo", "Chen"],
    anonymous: Bool = false
  ) -> Session {
    Session(
      id: "s1", title: "Spring workshop", organization: "Wikimedia Norge",
      createdAt: "2026-11-25T18:00:00Z", mode: mode,
      participants: names.enumerated().map {
        Participant(id: "p\($0.offset + 1)", name: $0.element)
      },
      anonymous: anonymous, strategyID: strategy.id, contentVersion: "1")
  }

  /// An app showing the session at the given step, as after the run loop opened it.
  static func app(
    _ session: Session = session(), strategy: Strategy = Fixture.strategy, step: Step = .overview,
    width: Int = 80, height: Int = 24, messages: Messages = .english
  ) -> AppState {
    var state = AppState(strategies: [strategy], messages: messages)
    _ = update(&state, .resized(width: width, height: height))
    _ = update(&state, .result(.sessionOpened(session)))
    if step != .overview { _ = update(&state, .steps(.goTo(step))) }
    return state
  }

  /// Scores as Ana, Bo and Chen might give them: they split on gatherings (1 to 4).
  static func scored(_ session: Session) -> Session {
    var session = session
    let answers: [[String: ScoreAnswer]] = [
      [
        "gatherings": .score(1), "communication": .score(4), "needs": .score(3),
        "overall": .score(2),
      ],
      [
        "gatherings": .score(3), "communication": .score(5), "needs": .dontKnow,
        "overall": .score(3),
      ],
      [
        "gatherings": .score(4), "communication": .score(5), "needs": .score(2),
        "overall": .notApplicable,
      ],
    ]
    for index in session.participants.indices {
      session.participants[index].scores = answers[index % answers.count]
      session.participants[index].finishedScoring = true
    }
    return session
  }

  /// `session` as based on last year's session of the same team: last year's scores per item (in
  /// the strategy's order, repeating) were 3 3 3, 5 5 4, 2 3 2, 2 3 2, so against `scored` this
  /// year's first item fell and newly split, the second is the same, the others rose. Last year
  /// the first recommendation was marked "already doing", the second "try next".
  static func basedOnLastYear(_ session: Session, strategy: Strategy = Fixture.strategy)
    -> Session
  {
    let lastYearScores = [[3, 3, 3], [5, 5, 4], [2, 3, 2], [2, 3, 2]]
    var lastYear = Fixture.session()
    lastYear.id = "last-year"
    lastYear.title = "Workshop 2025"
    lastYear.scoresRevealed = true
    for (index, item) in strategy.scoreItems.enumerated() {
      for person in lastYear.participants.indices {
        lastYear.participants[person].scores[item.id] = .score(
          lastYearScores[index % lastYearScores.count][person])
      }
    }
    let recommendations = strategy.recommendationGroups.flatMap(\.recommendations)
    lastYear.reviews[recommendations[0].id] = RecommendationReview(status: .alreadyDoing)
    lastYear.reviews[recommendations[1].id] = RecommendationReview(status: .tryNext)
    var session = session
    session.basedOn = EarlierSession(snapshot: SessionSnapshot(of: lastYear, strategy: strategy))
    return session
  }

  /// `session` based on last year's, whose plan had two rows to review.
  static func withLastYearsPlan(_ session: Session) -> Session {
    var session = basedOnLastYear(session)
    session.basedOn?.snapshot.plan = [
      PlanRow(id: "row-1", cells: ["goal": "Monthly meet-ups in Oslo"]),
      PlanRow(id: "row-2", cells: ["goal": "A newsletter for new editors"]),
    ]
    return session
  }

  /// A folder with last year's sessions of two organizations (and one of another strategy), to
  /// start a new session from.
  static let earlierEntries = [
    SessionListEntry(
      id: "last-year", title: "Workshop 2025", organization: "Wikimedia Norge",
      updatedAt: "2025-11-02T18:00:00Z", progress: 1, strategyID: strategy.id,
      participantNames: ["Ana", "Bo"]),
    SessionListEntry(
      id: "other-org", title: "Check-in 2025", organization: "Wikimedia Deutschland",
      updatedAt: "2025-10-12T09:00:00Z", progress: 1, strategyID: strategy.id, mode: .solo,
      participantNames: ["Chen"]),
    SessionListEntry(
      id: "other-strategy", title: "Partnerships 2025", organization: "Wikimedia Norge",
      updatedAt: "2025-09-01T09:00:00Z", progress: 1, strategyID: "partnerships",
      participantNames: ["Dana"]),
  ]

  static let entries = [
    SessionListEntry(
      id: "a", title: "Spring workshop", organization: "Wikimedia Norge",
      updatedAt: "2026-11-25T18:57:00Z", progress: 0.4),
    SessionListEntry(
      id: "b", title: "Solo check-in 東京", organization: "Wikimedia Deutschland",
      updatedAt: "2026-11-20T09:12:00Z", progress: 0),
    SessionListEntry(
      id: "c", title: "Broken file", organization: "", updatedAt: "2026-10-01T10:00:00Z",
      progress: 0, problem: "c.json is not valid JSON at line 3; fix or delete it"),
  ]
}

/// Applies `action` as a key would send it: with the figures the keymap measures in the screen as
/// drawn at the state's terminal size (an editor's field, a scrolled text's page and end).
@discardableResult
func updateAsDrawn(_ state: inout AppState, _ action: Action) -> [Effect] {
  update(&state, Keymap.measured(action, in: state))
}
