import WorkbookCore

/// Valid inputs for the loaders, for the fuzzing to damage.
enum FuzzSeeds {
  /// A session with something in every field, including text that JSON must escape.
  static func session() -> Session {
    let strategy = ShippedContent.strategy
    let items = strategy.scoreItems.map(\.id)
    return Session(
      id: "fuzzsess", title: "Spring \"retreat\" 2026", organization: "Wikimedia Ελλάδα",
      createdAt: "2026-11-20T09:30:00Z", updatedAt: "2026-11-21T17:45:10Z", mode: .workshop,
      participants: [
        Participant(
          id: "p1", name: "Ana", scores: [items[0]: .score(4), items[1]: .dontKnow],
          finishedScoring: true),
        Participant(id: "p2", name: "Björn", scores: [items[0]: .notApplicable]),
        Participant(id: "p3", name: "陳"),
      ],
      anonymous: false, strategyID: strategy.id, contentVersion: strategy.version,
      scoresRevealed: true,
      reflection: ["q1": ReflectionAnswer(text: "Line one\nline two", choice: "strength")],
      plan: [PlanRow(id: "r1", cells: ["goal": "Meet monthly, \"properly\""])],
      facilitatorNotes: "Tab\tand emoji 🎉")
  }

  /// The session above with the parts it leaves out: an agenda, an earlier session with its
  /// figures, marks, plan and review, a carried plan row, the language it was run in.
  static func sessionWithEveryPart() -> Session {
    var session = session()
    let items = ShippedContent.strategy.scoreItems.map(\.id)
    session.agenda = Agenda(minutes: ["overview": 5, "scores": 20, "plan": 0])
    session.basedOn = EarlierSession(
      snapshot: SessionSnapshot(
        id: "earlier2", title: "2025", organization: "Wikimedia Ελλάδα",
        createdAt: "2025-11-20T09:00:00Z", mode: .workshop, strategyID: session.strategyID,
        contentVersion: "1",
        items: [
          ItemFigures(
            itemID: items[0], title: "Gatherings", answered: 3, dontKnow: 1,
            mean: 2.3333333333333335,
            median: 2.5, agreement: .consensus)
        ],
        marks: ["meetups": .tryNext], plan: [PlanRow(id: "row-1", cells: ["goal": "Meet"])]),
      planReview: ["row-1": PlanRowReview(outcome: .carried, note: "Again")])
    session.plan.append(PlanRow(id: "r2", cells: ["goal": "Meet"], carriedFrom: "row-1"))
    session.language = "de"
    return session
  }

  /// A score import for every participant and item, as a facilitator might type it.
  static func scoresCSV(for session: Session, strategy: Strategy) -> String {
    var lines = ["participant,item,score"]
    for (index, participant) in session.participants.enumerated() {
      for (number, item) in strategy.scoreItems.enumerated() {
        let score = ["1", "2", "3", "4", "5", "?", "na"][(index + number) % 7]
        lines.append("\"\(participant.name)\",\(item.id),\(score)")
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
