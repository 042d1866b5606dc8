import WorkbookCore

/// A strategy and a session full of hostile text: everything that could break a table, become
/// markup, run a template or sign a wiki page, in every place a user or a content author types.
/// Shared by the golden tests (WorkbookCoreTests) and the parser read-back tests (EndToEndTests,
/// through a symbolic link to this file).
enum ExportFixture {
  static let title = "Q3 review | {{Delete}} [[Category:X]] ~~~~ <script>alert(1)</script>"
  static let organization = "Wikimedia *Test* & Co. `chapter` \\ &amp; 中文 🎉"
  static let names = ["Ana | Lopez", "Bo <b>Bold</b> {{Sig}}", "Chen 陈 [[User:Chen]]", "דנה"]

  static let strengthAnswer =
    "# Not a heading\n- not a list\n+ nor this\n1. nor this\n> nor a quote"
  static let varianceAnswer =
    "Pipes | || |- |} and {| class=x\n\nSecond paragraph ~~~~ ~~~ '''bold'''"
  static let recommendationNote = "`code` ```fence``` <i>html</i> &lt;not a tag&gt; &#123;\nline 2"
  static let planGoal = "Grow {{PAGENAME}} ]] [[ }}\nsecond | line"
  static let planWho = "</nowiki><b>escaped?</b> <nowiki>"
  static let planMeasure = "*stars* _under_ ~~strike~~ $x$ @someone :smile: #12 __NOTOC__"
  static let planWhen = "2026-12-31, \"quoted\", comma"
  static let planActions = "العربية text with RTL ‏mark and emoji 👩‍👩‍👧 and \\ backslash \\| pipe"
  /// Cells a spreadsheet would run as formulas, and a plain negative number, which it would not.
  static let formulaCells = [
    "goal": "A plain goal", "actions": "=SUM(A1:A9)",
    "who": "@team", "by-when": "-2", "measure": "+10 editors",
  ]

  static let strategy = Strategy(
    id: "online-contributors", title: "Working with online contributors", reportQuestion: 6,
    version: "1",
    source: ContentSource(
      url: "https://meta.wikimedia.org/wiki/Grants:Learning_patterns/Example",
      licence: "CC BY-SA 4.0",
      attribution: "Wikimedia Foundation & TCC Group, <em>Learning Center</em>"),
    introduction: "Intro.", scale: ScoreScale(),
    scoreItems: [
      ScoreItem(
        id: "gatherings", title: "Gatherings | online & offline",
        question: "How well does our organization engage contributors at gatherings?",
        lowMeaning: "Not at all", highMeaning: "Very well", groupID: "gatherings"),
      ScoreItem(
        id: "overall", title: "The strategy as a whole",
        question: "How well does our organization work with online contributors?",
        lowMeaning: "Not at all", highMeaning: "Very well"),
    ],
    reflectionQuestions: [
      ReflectionQuestion(
        id: "strength", text: "Is this a strength or a challenge?",
        quickChoice: QuickChoice(options: [
          QuickChoice.Option(id: "strength", label: "Strength"),
          QuickChoice.Option(id: "challenge", label: "Challenge"),
        ]), aboutScores: true),
      ReflectionQuestion(id: "variance", text: "Variance or consensus?", aboutScores: true),
      ReflectionQuestion(id: "priority", text: "What is the priority?"),
    ],
    recommendationGroups: [
      RecommendationGroup(
        id: "gatherings", title: "Gatherings",
        recommendations: [
          Recommendation(id: "meetups", text: "Hold [[meetups]] | regularly"),
          Recommendation(id: "editathons", text: "Run edit-a-thons"),
        ]),
      RecommendationGroup(
        id: "communication", title: "Communication",
        recommendations: [
          Recommendation(id: "case-studies", text: "Find {{examples}} of good work"),
          Recommendation(id: "mailing-list", text: "Start a mailing list"),
        ]),
    ],
    referenceSections: [],
    plan: PlanTemplate(
      introduction: "Plan.",
      columns: [
        PlanColumn(id: "goal", title: "Goal", hint: ""),
        PlanColumn(id: "actions", title: "Actions", hint: ""),
        PlanColumn(id: "who", title: "Who", hint: ""),
        PlanColumn(id: "by-when", title: "By when", hint: ""),
        PlanColumn(id: "measure", title: "How we will know", hint: ""),
      ])
  )

  /// Scores on "gatherings": 2, 4, 4, don't know (a split: spread 2); on "overall": 4, 5,
  /// not applicable, unanswered.
  static func session(anonymous: Bool = false) -> Session {
    let answers: [[String: ScoreAnswer]] = [
      ["gatherings": .score(2), "overall": .score(4)],
      ["gatherings": .score(4), "overall": .score(5)],
      ["gatherings": .score(4), "overall": .notApplicable],
      ["gatherings": .dontKnow],
    ]
    let participants = zip(names, answers).enumerated().map { index, pair in
      Participant(id: "p\(index + 1)", name: pair.0, scores: pair.1, finishedScoring: true)
    }
    return Session(
      id: "fixture-session", title: title, organization: organization,
      createdAt: "2026-11-20T09:00:00Z", updatedAt: "2026-11-25T17:30:00Z",
      participants: participants, anonymous: anonymous, strategyID: "online-contributors",
      contentVersion: "1", scoresRevealed: true,
      reflection: [
        "strength": ReflectionAnswer(text: strengthAnswer, choice: "challenge"),
        "variance": ReflectionAnswer(text: varianceAnswer),
      ],
      reviews: [
        "meetups": RecommendationReview(status: .tryNext, priority: .medium, note: "Monthly"),
        "case-studies": RecommendationReview(
          status: .tryNext, priority: .high, note: recommendationNote),
        "mailing-list": RecommendationReview(status: .alreadyDoing),
      ],
      plan: [
        PlanRow(
          id: "row-1",
          cells: [
            "goal": planGoal, "actions": planActions, "who": planWho, "by-when": planWhen,
            "measure": planMeasure,
          ], recommendationID: "case-studies"),
        PlanRow(id: "row-2", cells: formulaCells),
      ],
      facilitatorNotes: "Not for the report")
  }

  /// The same organization's session of the year before: scores on "gatherings" 1, 2, 2 (mean
  /// 1.67, consensus), on "overall" 5, 5 (mean 5); two plan rows, one in hostile text.
  static func earlierSession() -> Session {
    let answers: [[String: ScoreAnswer]] = [
      ["gatherings": .score(1), "overall": .score(5)],
      ["gatherings": .score(2), "overall": .score(5)],
      ["gatherings": .score(2)],
    ]
    let participants = zip(names, answers).enumerated().map { index, pair in
      Participant(id: "p\(index + 1)", name: pair.0, scores: pair.1, finishedScoring: true)
    }
    return Session(
      id: "earlier-session", title: "Last year | {{Template}}", organization: organization,
      createdAt: "2025-11-20T09:00:00Z", participants: participants,
      strategyID: "online-contributors", contentVersion: "1", scoresRevealed: true,
      reviews: ["meetups": RecommendationReview(status: .tryNext, note: "Quarterly")],
      plan: [
        PlanRow(
          id: "row-1", cells: ["goal": planGoal, "who": planWho], recommendationID: "meetups"),
        PlanRow(id: "row-2", cells: ["goal": "Start a newsletter", "actions": "=1+1"]),
      ])
  }

  /// `session()` based on `earlierSession()`: the earlier plan's first row carried into the plan
  /// (a third row), its second dropped with a hostile note. Before the reveal when `revealed` is
  /// false.
  static func basedOnSession(revealed: Bool = true, anonymous: Bool = false) -> Session {
    var session = session(anonymous: anonymous)
    session.scoresRevealed = revealed
    session.basedOn = EarlierSession(
      snapshot: SessionSnapshot(of: earlierSession(), strategy: strategy),
      planReview: [
        "row-1": PlanRowReview(outcome: .carried, note: "Still worth it"),
        "row-2": PlanRowReview(outcome: .dropped, note: recommendationNote),
      ])
    session.plan.append(
      PlanRow(
        id: "row-3", cells: ["goal": planGoal, "who": planWho], recommendationID: "meetups",
        carriedFrom: "row-1"))
    return session
  }
}
