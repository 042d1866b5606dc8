import WorkbookCore

/// A small strategy and session built in code: three items, two groups, a two-column plan.
enum WorkflowFixture {
  static let strategy = Strategy(
    id: "online-contributors", title: "Working with online contributors", reportQuestion: 6,
    version: "1",
    source: ContentSource(
      url: "https://meta.wikimedia.org/wiki/Example", licence: "CC BY-SA 4.0",
      attribution: "Wikimedia Foundation and TCC Group"),
    introduction: "Online contributors are the heart of the projects.",
    scale: ScoreScale(labels: [
      1: "Not at all", 2: "A little", 3: "Somewhat", 4: "Mostly", 5: "Fully",
    ]),
    scoreItems: [
      ScoreItem(
        id: "gatherings", title: "Gatherings", question: "How well do we gather?",
        lowMeaning: "rarely", highMeaning: "regularly", groupID: "gatherings"),
      ScoreItem(
        id: "communication", title: "Communication", question: "How well do we talk online?",
        lowMeaning: "seldom", highMeaning: "often", groupID: "communication"),
      ScoreItem(
        id: "overall", title: "Overall", question: "How well overall?", lowMeaning: "not yet",
        highMeaning: "a strength"),
    ],
    reflectionQuestions: [
      ReflectionQuestion(
        id: "q1", text: "Where do we stand?",
        quickChoice: QuickChoice(options: [
          QuickChoice.Option(id: "ahead", label: "Ahead"),
          QuickChoice.Option(id: "behind", label: "Behind"),
        ]))
    ],
    recommendationGroups: [
      RecommendationGroup(
        id: "gatherings", title: "Gatherings",
        recommendations: [
          Recommendation(id: "meetups", text: "Hold monthly meetups. Invite newcomers too.")
        ]),
      RecommendationGroup(
        id: "communication", title: "Communication",
        recommendations: [Recommendation(id: "channels", text: "Open channels")]),
    ],
    referenceSections: [],
    plan: PlanTemplate(
      introduction: "The plan.",
      columns: [
        PlanColumn(id: "goal", title: "Goal", hint: "What do we want?"),
        PlanColumn(id: "who", title: "Who", hint: "Who leads it?"),
      ]))

  static func session(mode: SessionMode = .workshop, names: [String] = ["Ana", "Bo", "Chen"])
    -> Session
  {
    Session(
      id: "s1", title: "Spring workshop", organization: "Wikimedia Norge",
      createdAt: "2026-11-25T18:00:00Z", mode: mode,
      participants: names.enumerated().map {
        Participant(id: "p\($0.offset + 1)", name: $0.element)
      },
      strategyID: strategy.id, contentVersion: "1")
  }

  /// Last year's session of the same team: scored, revealed, and a plan of two rows, the first
  /// made from the "meetups" recommendation.
  static func lastYear() -> Session {
    var session = session()
    session.id = "last-year"
    session.title = "Workshop 2025"
    for (index, score) in [2, 3, 3].enumerated() {
      session.participants[index].scores = ["gatherings": .score(score)]
      session.participants[index].finishedScoring = true
    }
    session.scoresRevealed = true
    session.plan = [
      PlanRow(
        id: "row-1", cells: ["goal": "Monthly meet-ups", "who": "Ana"],
        recommendationID: "meetups"),
      PlanRow(id: "row-2", cells: ["goal": "A newsletter"]),
    ]
    return session
  }

  /// This year's session, based on `lastYear()`, its plan already holding a row of its own.
  static func basedOnLastYear() -> Session {
    var session = session()
    session.plan = [PlanRow(id: "row-1", cells: ["goal": "A wiki page for newcomers"])]
    session.basedOn = EarlierSession(snapshot: SessionSnapshot(of: lastYear(), strategy: strategy))
    return session
  }
}
