import WorkbookCore

/// Sessions for the codec tests, generated from a seed: with every field set (no optional nil,
/// no collection empty, at every level), or sparse (optionals left out, collections empty).
enum SessionCodecSamples {
  /// The paths of the parts of `value` that hold nothing, found by reflection through the whole
  /// value: an optional that is nil, a list or dictionary that is empty. A session with every
  /// field set has none, so a field added to the model and not to the generator is found here.
  static func unsetParts(in value: Any, path: String = "session") -> [String] {
    let mirror = Mirror(reflecting: value)
    switch mirror.displayStyle {
    case .optional:
      guard let wrapped = mirror.children.first?.value else { return [path] }
      return unsetParts(in: wrapped, path: path)
    case .collection, .dictionary, .set:
      if mirror.children.isEmpty { return [path] }
    default: break
    }
    var found: [String] = []
    for (index, child) in mirror.children.enumerated() {
      let name = child.label ?? "[\(index)]"
      found += unsetParts(in: child.value, path: path + "." + name)
    }
    return found
  }

  /// A session a store accepts (its checks pass) with every field set.
  static func everyFieldValid() -> Session {
    Session(
      id: "everyfld", title: "Spring \"retreat\" 2026", organization: "Wikimedia Ελλάδα",
      createdAt: "2026-11-20T09:30:00Z", updatedAt: "2026-11-21T17:45:10Z", mode: .workshop,
      participants: [
        Participant(
          id: "p1", name: "Ana", scores: ["gatherings": .score(4), "overall": .dontKnow],
          finishedScoring: true),
        Participant(id: "p2", name: "Björn", scores: ["gatherings": .notApplicable]),
      ],
      anonymous: true, labelOrder: ["p2", "p1"], strategyID: "online-contributors",
      contentVersion: "1", scoresRevealed: true,
      reflection: ["strength": ReflectionAnswer(text: "Line one\nline two", choice: "strength")],
      reviews: ["meet": RecommendationReview(status: .tryNext, priority: .high, note: "Ask")],
      plan: [
        PlanRow(
          id: "r1", cells: ["goal": "Meet monthly"], recommendationID: "meet",
          carriedFrom: "row-1")
      ],
      facilitatorNotes: "Tab\tand emoji 🎉", agenda: Agenda(minutes: ["overview": 5]),
      basedOn: EarlierSession(
        snapshot: SessionSnapshot(
          id: "earlier2", title: "2025", organization: "Wikimedia Ελλάδα",
          createdAt: "2025-11-20T09:00:00Z", mode: .solo, strategyID: "online-contributors",
          contentVersion: "1",
          items: [
            ItemFigures(
              itemID: "gatherings", title: "Gatherings", answered: 3, dontKnow: 1,
              notApplicable: 1, unanswered: 2, mean: 2.3333333333333335, median: 2.5,
              agreement: .variance)
          ],
          marks: ["meet": .alreadyDoing],
          plan: [
            PlanRow(
              id: "row-1", cells: ["goal": "Meet"], recommendationID: "meet",
              carriedFrom: "row-0")
          ]),
        planReview: ["row-1": PlanRowReview(outcome: .carried, note: "Again")]),
      language: "de")
  }

  /// Random sessions: random text (any scalar, control characters, quotes, slashes, emoji, two
  /// Unicode forms of one letter), keys that sort differently by bytes and by Unicode rules,
  /// whole numbers of every size, fractions as means and medians are.
  struct Generator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    private mutating func next() -> UInt64 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return state >> 33
    }

    private mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }

    private mutating func coin() -> Bool { below(2) == 0 }

    private mutating func pick<Element>(_ elements: [Element]) -> Element {
      elements[below(elements.count)]
    }

    private mutating func text() -> String {
      let pieces = [
        "a", "Z", "_", "é", "e\u{301}", "\u{0}", "\u{1F}", "\u{8}", "\u{C}", "\r", "\n", "\t",
        "\"", "\\", "/", " ", "🎉", "\u{2028}", "\u{7F}", "\u{FEFF}", "日本", "1", "-", "Ελλάδα",
      ]
      return (0..<below(8)).map { _ in pick(pieces) }.joined()
    }

    private mutating func integer() -> Int {
      pick([0, 1, 5, -3, 480, Int.max, Int.min, below(1_000_000)])
    }

    /// A mean or a median: a whole number, a half, or a fraction with every digit a Double has.
    private mutating func fraction() -> Double {
      pick([
        Double(below(6)), Double(below(11)) / 2, Double(below(100_000)) / Double(1 + below(999)),
      ])
    }

    /// 1 to 4 elements with every field set, 0 to 3 when sparse.
    private mutating func count(_ full: Bool) -> Int { full ? 1 + below(4) : below(4) }

    private mutating func maybe<Value>(_ full: Bool, _ value: (inout Generator) -> Value) -> Value?
    {
      full || coin() ? value(&self) : nil
    }

    private mutating func dictionary<Value>(
      _ full: Bool, _ value: (inout Generator) -> Value
    ) -> [String: Value] {
      var dictionary: [String: Value] = [:]
      for _ in 0..<count(full) { dictionary[text()] = value(&self) }
      return dictionary
    }

    private mutating func planRows(_ full: Bool) -> [PlanRow] {
      (0..<count(full)).map { index in
        PlanRow(
          id: "r\(index)", cells: dictionary(full) { $0.text() },
          recommendationID: maybe(full) { $0.text() }, carriedFrom: maybe(full) { $0.text() })
      }
    }

    private mutating func earlierSession(_ full: Bool) -> EarlierSession {
      let snapshot = SessionSnapshot(
        id: text(), title: text(), organization: text(), createdAt: text(),
        mode: pick(SessionMode.allCases), strategyID: text(), contentVersion: text(),
        items: maybe(full) { generator in
          (0..<generator.count(full)).map { _ in
            ItemFigures(
              itemID: generator.text(), title: generator.text(), answered: generator.integer(),
              dontKnow: generator.integer(), notApplicable: generator.integer(),
              unanswered: generator.integer(), mean: generator.maybe(full) { $0.fraction() },
              median: generator.maybe(full) { $0.fraction() },
              agreement: generator.maybe(full) { $0.pick([Agreement.consensus, .variance]) })
          }
        },
        marks: dictionary(full) { $0.pick(ReviewStatus.allCases) }, plan: planRows(full))
      return EarlierSession(
        snapshot: snapshot,
        planReview: dictionary(full) { generator in
          PlanRowReview(outcome: generator.pick(PlanRowOutcome.allCases), note: generator.text())
        })
    }

    /// A session; with `everyField`, every optional holds a value and no collection is empty.
    mutating func session(everyField full: Bool) -> Session {
      let participants = (0..<count(full)).map { index in
        Participant(
          id: "p\(index)", name: text(),
          scores: dictionary(full) { generator in
            generator.pick([
              ScoreAnswer.score(generator.integer()), .score(1 + generator.below(5)), .dontKnow,
              .notApplicable,
            ])
          }, finishedScoring: coin())
      }
      return Session(
        id: text(), title: text(), organization: text(), createdAt: text(), updatedAt: text(),
        mode: pick(SessionMode.allCases), participants: participants, anonymous: coin(),
        labelOrder: maybe(full) { _ in participants.map(\.id).reversed() }, strategyID: text(),
        contentVersion: text(), scoresRevealed: coin(),
        reflection: dictionary(full) { generator in
          ReflectionAnswer(text: generator.text(), choice: generator.maybe(full) { $0.text() })
        },
        reviews: dictionary(full) { generator in
          RecommendationReview(
            status: generator.pick(ReviewStatus.allCases),
            priority: generator.maybe(full) { $0.pick(Priority.allCases) }, note: generator.text())
        },
        plan: planRows(full), facilitatorNotes: text(),
        agenda: maybe(full) { generator in
          Agenda(minutes: generator.dictionary(full) { $0.integer() })
        },
        basedOn: maybe(full) { $0.earlierSession(full) }, language: maybe(full) { $0.text() })
    }
  }
}
