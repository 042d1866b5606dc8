import Foundation
import Testing
import WorkbookCore
import WorkbookTUI

/// The workbook's steps in German and French at 80×24: every phase of Scores (the list, the
/// screen between people, scoring, the review and its gaps, the reveal and restart questions),
/// the Results with and without last time's figures, Reflection, Recommendations with a note,
/// the Plan with a carried row and Export with its preview and the replace question, each read
/// for words cut without a sign.
@Suite struct TranslatedStepsTests {
  static let languages = ["de", "fr"]

  /// The walk's step screens in `language`, and the turns' phases it does not reach: the
  /// fixture's content and the shipped content in that language, as a German or French team
  /// meets it.
  private static func stepScreens(_ language: String) -> [(String, AppState)] {
    let steps = ["scores", "results", "reflection", "recommendations", "plan", "export"]
    let walked = WordCutWalk.screens().filter { name, _ in
      (name.hasPrefix("fixture ") || name.hasPrefix("shipped \(language) "))
        && !name.contains(" overview") && steps.contains { name.contains(" \($0)") }
    }
    let shipped = WordCutWalk.shippedTranslations.first { $0.language == language }?.strategy
    let turns =
      turnPhases(Fixture.strategy).map { ("fixture \($0.0)", $0.1) }
      + (shipped.map { turnPhases($0) } ?? []).map { ("shipped \(language) \($0.0)", $0.1) }
    return (walked + turns).map { name, state in
      var state = state
      state.messages = ShippedMessages.messages(language)
      return ("\(language) \(name)", state)
    }
  }

  /// A turn in each of its phases, in a workshop and alone: the screen between people, each
  /// item, the review, the review asking again about items not answered, the reveal's question
  /// (some and everyone scored), and the question before someone who scored starts again.
  private static func turnPhases(_ strategy: Strategy) -> [(String, AppState)] {
    var screens: [(String, AppState)] = []
    func app(_ session: Session) -> AppState {
      var session = session
      session.strategyID = strategy.id
      return Fixture.app(session, strategy: strategy, step: .scores)
    }
    func turn(_ mode: String, _ start: AppState) {
      var state = start
      _ = update(&state, .scores(.choose))
      if mode == "workshop" {
        screens.append(("\(mode) turn privacy", state))
        _ = update(&state, .scores(.beginTurn))
      }
      var gaps = state
      for item in strategy.scoreItems.indices {
        screens.append(("\(mode) turn scoring item \(item + 1)", state))
        _ = update(&state, .scores(.answer(item == 1 ? .dontKnow : .score(3))))
        screens.append(("\(mode) turn scoring item \(item + 1) answered", state))
        _ = update(&state, .scores(.takeChoice))
        _ = update(&gaps, .scores(.nextItem))
      }
      screens.append(("\(mode) turn review", state))
      _ = update(&gaps, .scores(.confirm))
      screens.append(("\(mode) turn gaps", gaps))
      guard mode == "workshop" else { return }
      _ = update(&state, .scores(.confirm))
      screens.append(("\(mode) turn thanked", state))
      var reveal = state
      _ = update(&reveal, .scores(.reveal))
      screens.append(("\(mode) turn reveal some", reveal))
      var restart = state
      // The list goes on to the next to score: up to Ana, who has.
      _ = update(&restart, .scores(.moveUp))
      _ = update(&restart, .scores(.choose))
      screens.append(("\(mode) turn restart", restart))
    }
    turn("workshop", app(Fixture.session()))
    let solo = app(Fixture.session(mode: .solo, names: ["Ana"]))
    screens.append(("solo turn invitation", solo))
    turn("solo", solo)
    var everyone = app(Fixture.scored(Fixture.session()))
    _ = update(&everyone, .scores(.reveal))
    screens.append(("workshop turn reveal everyone", everyone))
    return screens
  }

  @Test func theTurnsPhasesAreTheOnesNamed() {
    let phases = Dictionary(uniqueKeysWithValues: Self.turnPhases(Fixture.strategy))
    let expected: [String: ScoresState.Phase] = [
      "workshop turn privacy": .privacy(participantID: "p1"),
      "workshop turn scoring item 2": .scoring(participantID: "p1", item: 1),
      "workshop turn review": .review(participantID: "p1"),
      "workshop turn gaps": .confirmingGaps(participantID: "p1"),
      "workshop turn reveal some": .confirmingReveal,
      "workshop turn reveal everyone": .confirmingReveal,
      "workshop turn restart": .confirmingRestart(participantID: "p1"),
      "solo turn scoring item 4": .scoring(participantID: "p1", item: 3),
      "solo turn review": .review(participantID: "p1"),
      "solo turn gaps": .confirmingGaps(participantID: "p1"),
    ]
    for (name, phase) in expected {
      #expect(phases[name]?.workbook?.scores.phase == phase, "\(name)")
    }
  }

  @Test(arguments: languages) func noStepCutsAWordWithoutASign(language: String) {
    var problems: [String] = []
    let screens = Self.stepScreens(language)
    for (name, state) in screens {
      var shown = state
      _ = update(&shown, .resized(width: 80, height: 24))
      let lines = render(shown, width: 80, height: 24).lines
      problems += WordCutDetector.cuts(in: lines).map { "\(name): \($0)" }
    }
    #expect(screens.count > 100)
    #expect(problems.isEmpty, "\(problems.count) cut words:\n\(problems.joined(separator: "\n"))")
  }

  /// A cut with a sign is still a cut: no row of a step ends in "…" in German or French where the
  /// same screen in English is whole, unless what gave way is the content's own title: the
  /// Results' columns widen to the language's words and a weak area's tags take their room, and
  /// the titles are cut for them (the selected item's title shows whole under the table).
  @Test(arguments: languages) func noStepCutsASentenceEnglishShowsWhole(language: String) {
    var problems: [String] = []
    for (name, state) in Self.stepScreens(language) {
      var english = state
      english.messages = .english
      let shown = render(state, width: 80, height: 24).lines
      let whole = render(english, width: 80, height: 24).lines
      let titles =
        (state.workbook?.strategy.scoreItems.map(\.title) ?? [])
        + (state.workbook?.strategy.recommendationGroups.map(\.title) ?? [])
      // The step bar and the status line are the frame's, not the steps'.
      for row in 1..<(shown.count - 1)
      where shown[row].contains("…") && !whole[row].contains("…")
        && !Self.cutsATitle(shown[row], titles)
      {
        problems.append("\(name): |\(shown[row])|")
      }
    }
    #expect(problems.isEmpty, "\(problems.count) cut rows:\n\(problems.joined(separator: "\n"))")
  }

  /// Whether the text cut with "…" in `row` is the start of one of the content's `titles`.
  private static func cutsATitle(_ row: String, _ titles: [String]) -> Bool {
    guard let cut = row.range(of: "…") else { return false }
    let before = row[..<cut.lowerBound]
    let start = before.range(of: "  ", options: .backwards)?.upperBound ?? before.startIndex
    var piece = before[start...].trimmingCharacters(in: .whitespaces)
    if piece.hasPrefix("▸ ") { piece.removeFirst(2) }
    return !piece.isEmpty && titles.contains { $0.hasPrefix(piece) }
  }

  /// The screens walked are in the language: its words are on them, not English ones.
  @Test func theStepsSpeakTheLanguage() {
    let expected: [String: [String: String]] = [
      "de": [
        "workshop turn privacy": "Gib die Tastatur an",
        "workshop turn scoring item 1": "Punkt 1 von 4",
        "solo turn review": "prüfe deine Antworten",
        "workshop turn reveal some": "aufdecken?", "workshop results item 1": "Einigkeit",
        "workshop results based on an earlier session item 1": "Letztes Mal",
        "workshop recommendations revealed note": "Notiz zu:",
        "workshop plan carried row": "Aus dem letzten Plan übernommen",
        "workshop export confirm overwrite": "Die Datei ersetzen?",
        "solo turn gaps": "nicht beantwortet", "workshop turn restart": "hat schon bewertet",
      ],
      "fr": [
        "workshop turn privacy": "Passez le clavier à",
        "workshop turn scoring item 1": "point 1 sur 4",
        "solo turn review": "vérifiez vos réponses",
        "workshop turn reveal some": "Révéler les notes", "workshop results item 1": "Accord",
        "workshop results based on an earlier session item 1": "La dernière fois",
        "workshop recommendations revealed note": "Note sur :",
        "workshop plan carried row": "Reprise du dernier plan",
        "workshop export confirm overwrite": "Remplacer le fichier ?",
        "solo turn gaps": "sans réponse", "workshop turn restart": "a déjà noté",
      ],
    ]
    for (language, phrases) in expected {
      let screens = Self.stepScreens(language).filter { $0.0.hasPrefix("\(language) fixture ") }
      for (phase, phrase) in phrases {
        let shown = screens.filter { $0.0 == "\(language) fixture \(phase)" }
        #expect(!shown.isEmpty, "\(language) \(phase)")
        for (name, state) in shown {
          let text = render(state, width: 80, height: 24).lines.joined(separator: "\n")
          #expect(text.contains(phrase), "\(name) lacks “\(phrase)”:\n\(text)")
        }
      }
    }
  }

  /// In German as in English, a person scoring sees nothing of anyone else's answers: two
  /// sessions whose other people answered the opposite show the same screens throughout a turn.
  @Test func aGermanScorerSeesOnlyTheirOwnAnswers() {
    var low = Fixture.scored(Fixture.session())
    var high = low
    for index in high.participants.indices {
      high.participants[index].scores = [
        "gatherings": .score(5), "communication": .score(1), "needs": .notApplicable,
        "overall": .dontKnow,
      ]
    }
    for index in [1] {
      low.participants[index].scores = [:]
      high.participants[index].scores = [:]
      low.participants[index].finishedScoring = false
      high.participants[index].finishedScoring = false
    }
    var a = Fixture.app(low, step: .scores)
    var b = Fixture.app(high, step: .scores)
    a.messages = ShippedMessages.messages("de")
    b.messages = ShippedMessages.messages("de")
    var walk: [Action] = [.scores(.choose), .scores(.beginTurn)]
    for answer: ScoreAnswer in [.score(3), .dontKnow, .score(1), .notApplicable] {
      walk += [.scores(.answer(answer)), .scores(.takeChoice)]
    }
    walk.append(.scores(.confirm))
    for action in walk {
      _ = update(&a, action)
      _ = update(&b, action)
      #expect(render(a, width: 80, height: 24).lines == render(b, width: 80, height: 24).lines)
    }
    #expect(a.workbook?.session.participants[1].finishedScoring == true)
    // The turn was German: the screen under the last answer said so.
    var turn = Fixture.app(low, step: .scores)
    turn.messages = ShippedMessages.messages("de")
    _ = update(&turn, .scores(.choose))
    _ = update(&turn, .scores(.beginTurn))
    #expect(render(turn, width: 80, height: 24).lines.contains { $0.contains("Bo  ·  Punkt 1") })
  }
}
