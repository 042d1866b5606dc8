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
