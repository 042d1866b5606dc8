import WorkbookCore
import WorkbookPlain
import WorkbookWorkflow

/// A small strategy and session built in code, and a plain state opened on it.
enum PlainFixture {
  static let strategy = Strategy(
    id: "online-contributors", title: "Working with online contributors", reportQuestion: 6,
    version: "1",
    source: ContentSource(
      url: "https://meta.wikimedia.org/wiki/Example", licence: "CC BY-SA 4.0",
      attribution: "Wikimedia Foundation and TCC Group"),
    introduction: "Online contributors are the heart of the projects.",
    scale: ScoreScale(labels: [1: "Not at all", 5: "Fully"]),
    scoreItems: [
      ScoreItem(
        id: "gatherings", title: "Gatherings", question: "How well do we hold gatherings?",
        lowMeaning: "rarely", highMeaning: "regularly", groupID: "gatherings"),
      ScoreItem(
        id: "communication", title: "Communication online",
        question: "How well do we talk online?", lowMeaning: "seldom", highMeaning: "openly",
        groupID: "communication"),
    ],
    reflectionQuestions: [
      ReflectionQuestion(
        id: "strength", text: "Is this a strength or a challenge?",
        quickChoice: QuickChoice(options: [
          .init(id: "strength", label: "A strength"), .init(id: "challenge", label: "A challenge"),
        ]), aboutScores: true),
      ReflectionQuestion(id: "next", text: "What next?"),
    ],
    recommendationGroups: [
      RecommendationGroup(
        id: "gatherings", title: "Gatherings",
        recommendations: [Recommendation(id: "meetups", text: "Hold meetups. Invite everyone.")]),
      RecommendationGroup(
        id: "communication", title: "Communication",
        recommendations: [Recommendation(id: "channels", text: "Open channels.")]),
    ],
    referenceSections: [],
    plan: PlanTemplate(
      introduction: "The plan.",
      columns: [
        PlanColumn(id: "goal", title: "Goal", hint: "What do we want?"),
        PlanColumn(id: "who", title: "Who", hint: "Who does it?"),
      ]))

  static func session(mode: SessionMode = .workshop, names: [String] = ["Ana", "Bo", "Chen"])
    -> Session
  {
    Session(
      id: "s1", title: "Spring workshop", organization: "Wikimedia Norge",
      createdAt: "2026-11-25T18:00:00Z", mode: mode,
      participants: names.enumerated().map {
        Participant(id: "p\($0.offset + 1)", name: $0.element)
      }, strategyID: strategy.id, contentVersion: "1")
  }

  /// A plain state with `session` open at the steps, its opening output forgotten.
  static func opened(_ session: Session = session()) -> PlainState {
    var state = PlainState(strategies: [strategy], currentFolder: "/work")
    _ = state.receive(.result(.sessionOpened(session)))
    return state
  }
}

extension PlainState {
  /// Types `lines` one after the other; the effects of the last.
  @discardableResult
  mutating func type(_ lines: String...) -> [Effect] {
    var effects: [Effect] = []
    for line in lines { effects = receive(.line(line)) }
    return effects
  }

  /// All the text shown since the last line typed, as one string.
  var shownText: String {
    output(since: 0).map { output in
      switch output {
      case .lines(let lines): lines.joined(separator: "\n")
      case .privacyBreak: "<privacy break>"
      }
    }.joined(separator: "\n")
  }
}
