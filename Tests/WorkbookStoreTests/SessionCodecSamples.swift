import WorkbookCore

/// Sessions for the codec tests: one with every field set, and random ones from a seed.
enum SessionCodecSamples {
  /// Every field of every type in the session holds a value, none is empty, and the text needs
  /// each kind of escape.
  static func everyFieldSet() -> Session {
    Session(
      id: "every", title: "Quote \" backslash \\ slash / tab \t", organization: "Wikimedia Ελλάδα",
      createdAt: "2026-11-20T09:30:00Z", updatedAt: "2026-11-21T17:45:10Z", mode: .solo,
      participants: [
        Participant(
          id: "p1", name: "Ana\u{1}\u{1F}\u{7F}",
          scores: ["b": .score(5), "a": .dontKnow, "B": .notApplicable, "é": .score(1)],
          finishedScoring: true),
        Participant(id: "p2", name: "Björn", scores: ["a": .score(2)], finishedScoring: false),
      ],
      anonymous: true, labelOrder: ["p2", "p1"], strategyID: "strategy", contentVersion: "3",
      scoresRevealed: true,
      reflection: ["q\u{8}\u{C}": ReflectionAnswer(text: "Line\r\nline", choice: "choice")],
      reviews: ["rec": RecommendationReview(status: .notApplicable, priority: .low, note: "n")],
      plan: [PlanRow(id: "r1", cells: ["goal": "Meet", "who": "Ana"], recommendationID: "rec")],
      facilitatorNotes: "Emoji 🎉 and U+2028 \u{2028}",
      agenda: Agenda(minutes: ["scores": 15, "overview": 5, "plan": 0]))
  }

  /// The paths of optional fields that hold nil, found by reflection through the whole session.
  static func unsetOptionals(in value: Any, path: String = "session") -> [String] {
    let mirror = Mirror(reflecting: value)
    if mirror.displayStyle == .optional {
      guard let wrapped = mirror.children.first?.value else { return [path] }
      return unsetOptionals(in: wrapped, path: path)
    }
    var found: [String] = []
    for (index, child) in mirror.children.enumerated() {
      let name = child.label ?? "[\(index)]"
      found += unsetOptionals(in: child.value, path: path + "." + name)
    }
    return found
  }

  /// Random sessions: random text (any scalar, control characters included), ids that sort
  /// differently by bytes and by Unicode rules, empty and full collections, nil and set optionals.
  struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    private mutating func coin() -> Bool { below(2) == 0 }

    private mutating func text() -> String {
      let pieces = [
        "a", "Z", "_", "é", "e\u{301}", "\u{0}", "\u{1F}", "\n", "\t", "\"", "\\", "/", " ", "🎉",
        "\u{2028}", "\u{7F}", "\u{FEFF}", "日本", "1", "-",
      ]
      return (0..<below(8)).map { _ in pieces[below(pieces.count)] }.joined()
    }

    private mutating func dictionary<Value>(_ value: (inout Generator) -> Value) -> [String: Value]
    {
      var dictionary: [String: Value] = [:]
      for _ in 0..<below(5) { dictionary[text()] = value(&self) }
      return dictionary
    }

    mutating func session() -> Session {
      let participants = (0..<below(4)).map { index in
        Participant(
          id: "p\(index)", name: text(),
          scores: dictionary { generator in
            [ScoreAnswer.score(generator.below(7) - 1), .dontKnow, .notApplicable][
              generator.below(3)]
          }, finishedScoring: coin())
      }
      return Session(
        id: text(), title: text(), organization: text(), createdAt: text(), updatedAt: text(),
        mode: coin() ? .workshop : .solo, participants: participants, anonymous: coin(),
        labelOrder: coin() ? nil : participants.map(\.id).reversed(), strategyID: text(),
        contentVersion: text(), scoresRevealed: coin(),
        reflection: dictionary { generator in
          ReflectionAnswer(
            text: generator.text(), choice: generator.coin() ? nil : generator.text())
        },
        reviews: dictionary { generator in
          RecommendationReview(
            status: ReviewStatus.allCases[generator.below(ReviewStatus.allCases.count)],
            priority: generator.coin() ? nil : Priority.allCases[generator.below(3)],
            note: generator.text())
        },
        plan: (0..<below(4)).map { index in
          PlanRow(
            id: "r\(index)", cells: dictionary { $0.text() },
            recommendationID: coin() ? nil : text())
        },
        facilitatorNotes: text(),
        agenda: coin() ? nil : Agenda(minutes: dictionary { $0.below(500) - 10 }))
    }
  }
}
