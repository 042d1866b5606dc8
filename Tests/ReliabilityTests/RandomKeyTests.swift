import Testing
import WorkbookCore
import WorkbookRuntime
import WorkbookTUI
import WorkbookWorkflow

/// Random key sequences into the runtime, from every screen, with the effects performed in
/// memory: nothing crashes (rendering included), and after every key the state's invariants hold.
@Suite struct RandomKeyTests {
  /// Sessions to start from: a workshop mid-scoring, a revealed anonymous one, a solo one, and a
  /// large workshop, so that every phase of every step is near the start of some run.
  static func sessions() -> [Session] {
    let strategy = ShippedContent.strategy
    let items = strategy.scoreItems.map(\.id)
    func people(_ count: Int, scored: Bool) -> [Participant] {
      (0..<count).map { index in
        var scores: [String: ScoreAnswer] = [:]
        if scored {
          for (number, item) in items.enumerated() {
            scores[item] = .score((index + number) % 5 + 1)
          }
        }
        return Participant(
          id: "p\(index + 1)", name: "Person \(index + 1)", scores: scores, finishedScoring: scored)
      }
    }
    func session(_ id: String, _ mode: SessionMode, _ participants: [Participant]) -> Session {
      Session(
        id: id, title: "Session \(id)", createdAt: "2026-11-25T09:00:00Z", mode: mode,
        participants: participants, strategyID: strategy.id, contentVersion: strategy.version)
    }
    var midScoring = session("mid", .workshop, people(3, scored: false))
    midScoring.participants[0].scores = [items[0]: .score(2), items[1]: .dontKnow]
    midScoring.participants[0].finishedScoring = true
    var revealed = session("revealed", .workshop, people(4, scored: true))
    revealed.scoresRevealed = true
    revealed.anonymous = true
    return [
      midScoring, revealed, session("solo", .solo, people(1, scored: false)),
      session("large", .workshop, people(12, scored: true)),
    ]
  }

  @Test func randomKeysKeepTheInvariantsOnEveryScreen() {
    var effects = InMemoryEffectPerformer(
      strategies: [ShippedContent.strategy], sessions: Self.sessions())
    let contextsSeen = run(with: &effects, seed: ReliabilityRun.seed &+ 3) { _, state, effects in
      checkInvariants(of: state, saved: effects.saved)
    }
    let expected: Set<KeyContext> = [
      // The new-session form opens on its title, a text field.
      .start, .textField, .overview, .scorers, .soloInvitation, .privacy, .scoring, .results,
      .reflection, .recommendations, .plan, .export, .textEditor, .help,
    ]
    #expect(expected.isSubset(of: contextsSeen), "reached only \(contextsSeen)")
  }

  /// With a disk that refuses three saves in ten, no change is dropped without the user saying
  /// so: a session whose last save failed is never closed (or another one opened) unless the
  /// change reached the disk after all.
  @Test func failingSavesNeverDropAChange() {
    var effects = InMemoryEffectPerformer(
      strategies: [ShippedContent.strategy], sessions: Self.sessions())
    var random = SeededGenerator(seed: ReliabilityRun.seed &+ 5)
    effects.saveFails = { Int.random(in: 0..<100, using: &random) < 30 }
    _ = run(with: &effects, seed: ReliabilityRun.seed &+ 6) { before, state, effects in
      guard case .failed = before.save, let unsaved = before.workbook?.session,
        state.workbook?.session.id != unsaved.id
      else { return }
      var onDisk = effects.saved[unsaved.id]
      onDisk?.updatedAt = unsaved.updatedAt
      #expect(
        onDisk == unsaved,
        "a change was dropped on closing after its save failed; seed \(ReliabilityRun.seed)")
    }
  }

  typealias Workbook = Runtime<
    FullScreen, ScriptedTerminal<TerminalEvent, ScreenBuffer>, InMemoryEffectPerformer
  >

  /// Runs many short key sequences on the runtime, each from the start screen or a session at a
  /// random step, calling `check` with the state before and after each key that does not quit
  /// (each key of a burst on its own). Returns the screens (key contexts) reached.
  func run(
    with effects: inout InMemoryEffectPerformer, seed: UInt64,
    check: (_ before: AppState, _ after: AppState, _ effects: InMemoryEffectPerformer) -> Void
  ) -> Set<KeyContext> {
    let strategy = ShippedContent.strategy
    var keys = RandomKeys(random: SeededGenerator(seed: seed))
    var random = SeededGenerator(seed: seed &+ 1)
    var contextsSeen: Set<KeyContext> = []
    let runs = ReliabilityRun.count(short: 60, long: 1_000)
    let keysPerRun = ReliabilityRun.count(short: 100, long: 200)
    for _ in 0..<runs {
      var workbook = Workbook(
        state: AppState(strategies: [strategy]), frontEnd: FullScreen(),
        terminal: ScriptedTerminal(), performer: effects)
      defer { effects = workbook.performer }
      workbook.send(.resize(width: 80, height: 24))
      workbook.perform(AppState.launchEffects)
      // Start on the start screen, or in a session at a random step.
      let sessions = workbook.performer.saved.values.sorted { $0.id < $1.id }
      if let session = sessions.randomElement(using: &random), Bool.random(using: &random) {
        workbook.dispatch(.result(.sessionOpened(session)))
        let step = Step.allCases.randomElement(using: &random)!
        workbook.dispatch(.steps(.goTo(step)))
      }
      // The runtime's clock for the step timers: here a second per key.
      var seconds = 0.0
      for _ in 0..<keysPerRun {
        contextsSeen.insert(Keymap.contexts(for: workbook.state)[0])
        let before = workbook.state
        let event = keys.next()
        // A burst's keys are checked one by one, each against the state the one before left:
        // a burst may change and save the session before a later key closes it.
        if press(event, on: &workbook, checkingEachKey: check) { break }
        seconds += 1
        if workbook.frontEnd.clock(in: workbook.state) != .stopped,
          workbook.dispatch(.tick(seconds: seconds))
        {
          break
        }
        if case .burst = event { continue }
        check(before, workbook.state, workbook.performer)
      }
    }
    return contextsSeen
  }

  /// Sends the event to the runtime; true when the program would quit. Keys that came together
  /// never quit, delete a session or reveal scores.
  func press(
    _ event: TerminalEvent, on workbook: inout Workbook,
    checkingEachKey check: (
      _ before: AppState, _ after: AppState, _ effects: InMemoryEffectPerformer
    )
      -> Void
  ) -> Bool {
    guard case .burst(let keys) = event else { return workbook.send(event) }
    let before = (sessions: Set(workbook.performer.saved.keys), state: workbook.state)
    var checks: [(before: AppState, after: AppState, effects: InMemoryEffectPerformer)] = []
    let quit = workbook.send(event) { actionBefore, after in
      checks.append((actionBefore, after.state, after.performer))
    }
    #expect(!quit, "a burst quit; \(keys)")
    if quit { return true }
    for each in checks { check(each.before, each.after, each.effects) }
    let saved = workbook.performer.saved
    #expect(before.sessions.isSubset(of: saved.keys), "a burst deleted a session; \(keys)")
    if let session = before.state.workbook?.session, !session.scoresRevealed {
      #expect(saved[session.id]?.scoresRevealed == false, "a burst revealed scores; \(keys)")
    }
    return false
  }

  func checkInvariants(of state: AppState, saved: [String: Session]) {
    let seed = "seed \(ReliabilityRun.seed)"
    // Drawing never fails, whatever the state and size.
    let frame = render(state, width: state.terminalWidth, height: state.terminalHeight)
    // The terminal cursor, which screen readers follow, stands on the screen.
    let cursor = frame.terminalCursor.position
    #expect(
      (0..<max(1, frame.height)).contains(cursor.row)
        && (0..<max(1, frame.width)).contains(cursor.column), "\(seed)")
    if let sessions = state.start.sessions, !sessions.isEmpty {
      #expect(sessions.indices.contains(state.start.selection), "\(seed)")
    }
    if state.screen == .newSession, let form = state.newSession {
      #expect(form.strategies.indices.contains(form.strategyIndex), "\(seed)")
      #expect(form.participants.count <= Session.maximumParticipants, "\(seed)")
    }
    guard state.screen == .workbook, let workbook = state.workbook else { return }
    let session = workbook.session
    let scores = workbook.scores
    if !session.participants.isEmpty {
      #expect(session.participants.indices.contains(scores.scorerSelection), "\(seed)")
    }
    #expect(workbook.strategy.scoreItems.indices.contains(scores.resultSelection), "\(seed)")
    switch scores.phase {
    case .scoring(let id, let item):
      #expect(session.participants.contains { $0.id == id }, "\(seed)")
      #expect(workbook.strategy.scoreItems.indices.contains(item), "\(seed)")
    case .privacy(let id), .review(let id), .confirmingGaps(let id), .confirmingRestart(let id):
      #expect(session.participants.contains { $0.id == id }, "\(seed)")
    default: break
    }
    // Before a workshop's reveal a turn is never that of someone who has finished: their
    // answers would show.
    switch scores.phase {
    case .scoring(let id, _), .review(let id), .confirmingGaps(let id):
      let finished = session.participants.first { $0.id == id }?.finishedScoring == true
      #expect(!session.scoresHidden || !finished, "a finished turn on screen; \(seed)")
    default: break
    }
    #expect(workbook.overview.scroll >= 0, "\(seed)")
    let strategy = workbook.strategy
    #expect(strategy.reflectionQuestions.indices.contains(workbook.reflection.selection), "\(seed)")
    #expect(
      (0..<max(1, strategy.recommendations.count)).contains(workbook.recommendations.selection),
      "\(seed)")
    // The plan's selection may rest on the row after the last, where a new row is added.
    #expect((0...session.plan.count).contains(workbook.plan.row), "\(seed)")
    #expect(strategy.plan.columns.indices.contains(workbook.plan.column), "\(seed)")
    #expect(workbook.export.scroll >= 0, "\(seed)")

    // No answer lost: with every save performed, what is on screen is what is on disk.
    #expect(state.pendingSaves == 0, "\(seed)")
    var onDisk = saved[session.id]
    onDisk?.updatedAt = session.updatedAt
    #expect(onDisk == session, "the session on screen differs from the one saved; \(seed)")

    // Privacy before the reveal: nothing on screen depends on the values of anyone's scores but
    // those of the person whose private turn it is.
    if session.mode == .workshop, !session.scoresRevealed {
      var other = state
      other.workbook?.session.participants = session.participants.map { participant in
        guard participant.id != Self.participantInTurn(scores.phase) else { return participant }
        var changed = participant
        changed.scores = participant.scores.mapValues(Self.differentAnswer)
        return changed
      }
      let otherFrame = render(other, width: state.terminalWidth, height: state.terminalHeight)
      #expect(
        frame == otherFrame,
        "the screen shows someone's scores before the reveal (\(scores.phase)); \(seed)")
    }
  }

  /// The person whose private turn is on screen: their own answers may show.
  static func participantInTurn(_ phase: ScoresState.Phase) -> String? {
    switch phase {
    case .scoring(let id, _), .review(let id), .confirmingGaps(let id): id
    default: nil
    }
  }

  /// Another answer than `answer`, so a screen that shows an answer changes.
  static func differentAnswer(_ answer: ScoreAnswer) -> ScoreAnswer {
    switch answer {
    case .score(let value): .score(value % 5 + 1)
    case .dontKnow: .notApplicable
    case .notApplicable: .dontKnow
    }
  }
}
