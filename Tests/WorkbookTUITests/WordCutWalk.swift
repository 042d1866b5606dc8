import Foundation
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// Every screen the test fixtures reach, by name: each step in each phase, the dialogs, with the
/// fixtures' strategies and with the shipped content.
enum WordCutWalk {
  static func screens() -> [(String, AppState)] {
    var screens = startScreens(messages: .english)
    for translation in shippedTranslations {
      screens += startScreens(messages: translation.messages).map {
        ("shipped \(translation.language) \($0.0)", $0.1)
      }
    }
    let contents =
      [("fixture", PlanFixture.strategy, Messages.english), ("shipped", shipped, .english)]
      + shippedTranslations.map { ("shipped \($0.language)", $0.strategy, $0.messages) }
    for (content, strategy, messages) in contents {
      for (mode, session) in [
        ("workshop", Fixture.session()), ("solo", Fixture.session(mode: .solo, names: ["Ana"])),
      ] {
        screens += steps(of: session, strategy: strategy, messages: messages).map {
          ("\(content) \(mode) \($0.0)", $0.1)
        }
      }
    }
    return screens
  }

  /// The start screen and the new-session form, their words in `messages`.
  static func startScreens(messages: Messages) -> [(String, AppState)] {
    var screens: [(String, AppState)] = []
    func add(_ name: String, _ state: AppState) { screens.append((name, state)) }

    var start = AppState(strategies: [Fixture.strategy], messages: messages)
    add("start loading", start)
    _ = update(&start, .result(.sessionsLoaded([])))
    add("start empty", start)
    _ = update(&start, .result(.sessionsLoaded(Fixture.entries)))
    add("start list", start)
    var broken = start
    press(.down, .down, in: &broken)
    add("start broken selected", broken)
    var deleting = start
    _ = update(&deleting, .start(.delete))
    add("start delete confirmation", deleting)
    var locked = start
    _ = update(
      &locked,
      .result(
        .failed(
          "the session /home/ana/.local/share/workbook/sessions/spring-workshop.json is being "
            + "edited by process 4242 on ana-laptop since 2026-11-25 18:57; it can be opened "
            + "read-only, or edited once they close it")))
    add("start long message", locked)
    var offer = start
    _ = update(
      &offer,
      .result(
        .sessionLocked(
          id: "a",
          editor: OtherTerminal(user: "ana", host: "laptop", since: "2026-11-25T18:00:00Z"))))
    add("start locked offer", offer)
    var form = start
    _ = update(&form, .start(.new))
    add("new session empty", form)
    for field in 0..<6 {
      var focused = form
      for _ in 0..<field { _ = update(&focused, .newSession(.nextField)) }
      add("new session field \(field)", focused)
    }
    _ = update(&form, .newSession(.type("Spring workshop")))
    _ = update(&form, .newSession(.nextField))
    _ = update(&form, .newSession(.type("Wikimedia Norge")))
    for _ in 0..<4 { _ = update(&form, .newSession(.nextField)) }
    for name in ["Ana", "Bo", "Chen 陳"] {
      _ = update(&form, .newSession(.type(name)))
      _ = update(&form, .newSession(.enter))
    }
    add("new session participants", form)
    _ = update(&form, .newSession(.nextField))
    _ = update(&form, .newSession(.nextField))
    _ = update(&form, .newSession(.enter))
    add("new session problem", form)
    var basedOn = AppState(strategies: [Fixture.strategy], messages: messages)
    _ = update(&basedOn, .result(.sessionsLoaded(Fixture.earlierEntries)))
    _ = update(&basedOn, .start(.new))
    for _ in 0..<5 { _ = update(&basedOn, .newSession(.nextField)) }
    add("new session based on none", basedOn)
    _ = update(&basedOn, .newSession(.nextChoice))
    add("new session based on an earlier one", basedOn)
    return screens
  }

  /// The shipped content, as a team meets it.
  static let shipped: Strategy = {
    (try? ContentParser.parse(shippedText(""), fileName: "working-with-online-contributors.md"))
      ?? Fixture.strategy
  }()

  /// The languages the content is shipped in besides its source's.
  static let shippedLanguages = ["de", "fr"]

  /// The shipped content in each shipped translation, with the workbook's messages in that
  /// language, as a German or French team meets them (a translation that does not load is
  /// missing here, which `WordCutTests` reports).
  static let shippedTranslations: [(language: String, strategy: Strategy, messages: Messages)] =
    shippedLanguages
    .compactMap { language in
      guard
        let result = try? ContentTranslator.translate(
          shipped, sourceText: shippedText(""), sourceFile: "working-with-online-contributors.md",
          translation: shippedText(language),
          fileName: "working-with-online-contributors.\(language).md", language: language)
      else { return nil }
      return (language, result.strategy, ShippedMessages.messages(language))
    }

  /// The text of the shipped strategy file, or of its translation into `language` ("": the source).
  private static func shippedText(_ language: String) -> String {
    let name = "working-with-online-contributors" + (language.isEmpty ? "" : "." + language)
    let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Content/\(name).md")
    return (try? String(contentsOf: file, encoding: .utf8)) ?? ""
  }

  /// Every step of `session` in each phase: before scoring, while scoring, after the reveal, the
  /// workbook's words in `messages`.
  private static func steps(of session: Session, strategy: Strategy, messages: Messages)
    -> [(String, AppState)]
  {
    var screens: [(String, AppState)] = []
    func add(_ name: String, _ state: AppState) { screens.append((name, state)) }
    // The fixtures' sessions are of the fixture strategy: each is opened as one of `strategy`'s,
    // or the shipped content's walk would never get past the start screen.
    func app(_ session: Session, _ step: Step) -> AppState {
      var session = session
      session.strategyID = strategy.id
      return Fixture.app(session, strategy: strategy, step: step, messages: messages)
    }

    add("overview", app(session, .overview))
    var review = app(Fixture.withLastYearsPlan(session), .overview)
    add("overview plan review", review)
    press(.character("c"), .down, .character("x"), .enter, in: &review)
    type("Nobody had the time to write it after the spring", in: &review)
    add("overview plan review note", review)
    press(.control("d"), .escape, in: &review)
    add("overview plan reviewed", review)
    var notes = app(session, .overview)
    _ = update(&notes, .overview(.editNotes))
    add("overview notes", notes)

    // Scores before the reveal: the list, a turn, its review, the reveal's question.
    var scores = app(session, .scores)
    add("scores", scores)
    _ = update(&scores, .scores(.choose))
    add("scores privacy", scores)
    _ = update(&scores, .scores(.beginTurn))
    add("scores scoring", scores)
    // An answer is recorded by its effect's result, so the turn runs on the runtime.
    var turn = InputDriver(scores)
    for item in strategy.scoreItems.indices {
      add("scores scoring item \(item + 1)", turn.state)
      turn.dispatch(.scores(.answer(.score(3))))
      turn.dispatch(.scores(.takeChoice))
    }
    scores = turn.state
    add("scores review", scores)
    _ = update(&scores, .scores(.confirm))
    add("scores thank you", scores)
    _ = update(&scores, .scores(.reveal))
    add("scores reveal confirmation", scores)

    // After the reveal: results item by item, and every later step.
    var revealed = scored(session, strategy: strategy)
    revealed.scoresRevealed = true
    revealed.reviews = [
      strategy.recommendationGroups[0].recommendations[0].id: RecommendationReview(
        status: .tryNext, priority: .high, note: "Ana will ask the board about a budget.")
    ]
    var results = app(revealed, .scores)
    for item in strategy.scoreItems.indices {
      add("results item \(item + 1)", results)
      _ = update(&results, .scores(.moveDown))
    }
    var compared = app(Fixture.basedOnLastYear(revealed, strategy: strategy), .scores)
    for item in strategy.scoreItems.indices {
      add("results based on an earlier session item \(item + 1)", compared)
      _ = update(&compared, .scores(.moveDown))
    }
    add(
      "recommendations based on an earlier session",
      app(Fixture.basedOnLastYear(revealed, strategy: strategy), .recommendations))
    var again = app(revealed, .scores)
    _ = update(&again, .scores(.rescore))
    add("results score again", again)

    for (phase, shownSession) in [("before the reveal", session), ("revealed", revealed)] {
      var reflection = app(shownSession, .reflection)
      for question in strategy.reflectionQuestions.indices {
        add("reflection \(phase) question \(question + 1)", reflection)
        press(.down, in: &reflection)
      }
      var recommendations = app(shownSession, .recommendations)
      for filter in 0..<6 {
        add("recommendations \(phase) filter \(filter)", recommendations)
        _ = update(&recommendations, .recommendations(.cycleFilter))
      }
      var weak = app(shownSession, .recommendations)
      _ = update(&weak, .recommendations(.toggleWeakAreasFirst))
      for row in 0..<12 {
        add("recommendations \(phase) weak first row \(row)", weak)
        _ = update(&weak, .recommendations(.moveDown))
      }
      var note = app(shownSession, .recommendations)
      _ = update(&note, .recommendations(.editNote))
      add("recommendations \(phase) note", note)
    }

    var planned = PlanFixture.planned()
    planned.mode = session.mode
    planned.participants = session.participants
    planned.plan[0].recommendationID = strategy.recommendationGroups[0].recommendations[0].id
    add("plan empty", app(session, .plan))
    var plan = app(planned, .plan)
    for cell in 0..<10 {
      add("plan cell \(cell)", plan)
      press(.right, in: &plan)
    }
    press(.down, in: &plan)
    add("plan second row", plan)
    press(.enter, in: &plan)
    add("plan writing", plan)
    // A row carried on from the last plan: its card at 80×24, the table wider.
    var carried = Fixture.withLastYearsPlan(planned)
    carried.reviewEarlierPlanRow("row-1", outcome: .carried)
    var carriedPlan = app(carried, .plan)
    press(.character("]"), .character("]"), in: &carriedPlan)
    add("plan carried row", carriedPlan)

    var export = app(planned, .export)
    for choice in 0..<5 {
      add("export before the reveal format \(choice)", export)
      press(.down, in: &export)
    }
    var revealedPlan = scored(planned, strategy: strategy)
    revealedPlan.scoresRevealed = true
    revealedPlan.reflection[strategy.reflectionQuestions[0].id] = ReflectionAnswer(
      text: "Nous nous voyons trop peu. 会う機会が少ない")
    export = app(revealedPlan, .export)
    for choice in 0..<5 {
      var scrolled = export
      add("export format \(choice)", export)
      for page in 1...3 {
        press(.pageDown, in: &scrolled)
        add("export format \(choice) page \(page)", scrolled)
      }
      press(.down, in: &export)
    }
    var exportDialogs = app(revealedPlan, .export)
    press(.character("w"), in: &exportDialogs)
    _ = update(
      &exportDialogs, .result(.exportFileExists(path: "/home/ana/workshop/Spring-workshop.md")))
    add("export confirm overwrite", exportDialogs)
    var failed = app(revealedPlan, .export)
    press(.character("w"), in: &failed)
    _ = update(
      &failed,
      .result(
        .exportFailed("Permission denied (could not write /home/ana/workshop/Spring-workshop.md)")))
    add("export failed", failed)
    var naming = app(revealedPlan, .export)
    press(.character("f"), in: &naming)
    add("export file name", naming)
    return screens
  }

  /// The fixture's scores, on the items of `strategy`.
  private static func scored(_ session: Session, strategy: Strategy) -> Session {
    var session = session
    let pattern: [[ScoreAnswer]] = [
      [.score(1), .score(4), .score(3), .score(2)], [.score(3), .score(5), .dontKnow, .score(3)],
      [.score(4), .score(5), .score(2), .notApplicable],
    ]
    for index in session.participants.indices {
      for (item, scoreItem) in strategy.scoreItems.enumerated() {
        let answers = pattern[index % pattern.count]
        session.participants[index].scores[scoreItem.id] = answers[item % answers.count]
      }
      session.participants[index].finishedScoring = true
    }
    return session
  }
}
