import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookTUI

/// Each action's whole effect: the state after it equals the state before with exactly the
/// changes written here, and the effects are exactly these.
@Suite struct ExactUpdateTests {
  private func expectUpdate(
    _ state: inout AppState, _ action: Action, effects: [Effect] = [],
    sourceLocation: SourceLocation = #_sourceLocation, _ change: (inout AppState) -> Void = { _ in }
  ) {
    var expected = state
    change(&expected)
    let actual = update(&state, action)
    #expect(actual == effects, sourceLocation: sourceLocation)
    #expect(state == expected, sourceLocation: sourceLocation)
  }

  @Test func startScreenActions() {
    var state = AppState(strategies: [Fixture.strategy])
    expectUpdate(&state, .result(.sessionsLoaded(Fixture.entries))) {
      $0.start.sessions = Fixture.entries
    }
    expectUpdate(&state, .start(.moveDown)) { $0.start.selection = 1 }
    expectUpdate(&state, .start(.moveUp)) { $0.start.selection = 0 }
    expectUpdate(&state, .start(.open), effects: [.openSession(id: "a")])
    expectUpdate(&state, .start(.delete)) { $0.start.pendingDeletion = Fixture.entries[0] }
    expectUpdate(&state, .start(.cancelDelete)) { $0.start.pendingDeletion = nil }
    _ = update(&state, .start(.delete))
    expectUpdate(&state, .start(.confirmDelete), effects: [.deleteSession(id: "a")]) {
      $0.start.pendingDeletion = nil
    }
    expectUpdate(&state, .start(.new)) {
      $0.screen = .newSession
      $0.newSession = NewSessionState(
        strategies: [Fixture.strategy], earlierSessions: Fixture.entries)
    }
  }

  @Test func newSessionActions() {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .start(.new))
    expectUpdate(&state, .newSession(.type("Ana"))) { $0.newSession?.title.insert("Ana") }
    expectUpdate(&state, .newSession(.cursorHome)) { $0.newSession?.title.moveHome() }
    expectUpdate(&state, .newSession(.deleteForward)) { $0.newSession?.title.deleteForward() }
    expectUpdate(&state, .newSession(.nextField)) { $0.newSession?.focus = .organization }
    expectUpdate(&state, .newSession(.nextField)) { $0.newSession?.focus = .mode }
    expectUpdate(&state, .newSession(.nextChoice)) { $0.newSession?.mode = .solo }
    expectUpdate(&state, .newSession(.previousField)) { $0.newSession?.focus = .organization }
    expectUpdate(&state, .newSession(.cancel)) { $0.screen = .start }
  }

  @Test func choosingAnEarlierSessionToStartFrom() {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .result(.sessionsLoaded(Fixture.earlierEntries)))
    _ = update(&state, .start(.new))
    for _ in 0..<5 { _ = update(&state, .newSession(.nextField)) }
    expectUpdate(&state, .newSession(.nextChoice)) {
      $0.newSession?.basedOnID = "last-year"
      $0.newSession?.organization = TextField("Wikimedia Norge")
      $0.newSession?.carriedOrganization = "Wikimedia Norge"
      $0.newSession?.participants = [TextField("Ana"), TextField("Bo")]
      $0.newSession?.carriedNames = ["Ana", "Bo"]
    }
    expectUpdate(&state, .newSession(.previousChoice)) {
      $0.newSession?.basedOnID = nil
      $0.newSession?.organization = TextField()
      $0.newSession?.carriedOrganization = ""
      $0.newSession?.participants = [TextField()]
      $0.newSession?.carriedNames = []
    }
  }

  @Test func stepActions() {
    var state = Fixture.app()
    expectUpdate(&state, .overview(.scroll(FreeScroll(.down, page: 19, last: 40)))) {
      $0.workbook?.overview.scroll = 1
    }
    expectUpdate(&state, .steps(.next)) { $0.workbook?.step = .scores }
    expectUpdate(&state, .steps(.goTo(.plan))) { $0.workbook?.step = .plan }
    expectUpdate(&state, .steps(.previous)) { $0.workbook?.step = .recommendations }
    expectUpdate(&state, .toggleHelp) { $0.showingHelp = true }
    expectUpdate(&state, .resized(width: 100, height: 30)) {
      $0.terminalWidth = 100
      $0.terminalHeight = 30
    }
    expectUpdate(&state, .steps(.close), effects: [.loadSessionList]) {
      $0.workbook = nil
      $0.screen = .start
      $0.start.selectOnArrival = "s1"
    }
  }

  @Test func aWorkshopTurn() {
    var state = Fixture.app(step: .scores)
    expectUpdate(&state, .scores(.choose)) {
      $0.workbook?.scores.phase = .privacy(participantID: "p1")
    }
    expectUpdate(&state, .scores(.beginTurn)) {
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 0)
    }
    expectUpdate(&state, .scores(.takeChoice)) {
      $0.message = StatusMessage("Choose 1–5, ? or n to answer; → skips it")
    }
    let before = state.workbook!.session
    var after = before
    after.participants[0].scores["gatherings"] = .score(2)
    expectUpdate(&state, .scores(.answer(.score(2))), effects: [.saveSession(after)]) {
      $0.workbook?.session = after
      $0.history.record(before)
      $0.save = .saving
      $0.pendingSaves = 1
      $0.message = nil
    }
    expectUpdate(&state, .result(.saved(at: "2026-11-25T19:00:00Z"))) {
      $0.workbook?.session.updatedAt = "2026-11-25T19:00:00Z"
      $0.save = .saved(at: "2026-11-25T19:00:00Z")
      $0.pendingSaves = 0
    }
    expectUpdate(&state, .scores(.moveDown)) { $0.workbook?.scores.highlight = .score(3) }
    expectUpdate(&state, .scores(.moveUp)) { $0.workbook?.scores.highlight = nil }
    expectUpdate(&state, .scores(.takeChoice)) {
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 1)
    }
    expectUpdate(&state, .scores(.nextItem)) {
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 2)
      $0.message = StatusMessage("Item 2 skipped; ← goes back to it.")
    }
    expectUpdate(&state, .scores(.previousItem)) {
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 1)
      $0.message = nil
    }
    expectUpdate(&state, .scores(.otherKey)) {
      $0.message = StatusMessage("Unused key: 1–5, ? or n answer; Enter next")
    }
    expectUpdate(&state, .scores(.back)) {
      $0.workbook?.scores.phase = .main
      $0.history.clear()
      $0.message = nil
    }
  }

  @Test func arrowsHighlightAndEnterRecords() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    expectUpdate(&state, .scores(.moveUp)) { $0.workbook?.scores.highlight = .notApplicable }
    expectUpdate(&state, .scores(.moveUp)) { $0.workbook?.scores.highlight = .dontKnow }
    let before = state.workbook!.session
    var after = before
    after.participants[0].scores["gatherings"] = .dontKnow
    expectUpdate(&state, .scores(.takeChoice), effects: [.saveSession(after)]) {
      $0.workbook?.session = after
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 1)
      $0.workbook?.scores.highlight = nil
      $0.history.record(before)
      $0.save = .saving
      $0.pendingSaves = 1
    }
  }

  @Test func aCheckWithGapsAsksForASecondEnter() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    _ = update(&state, .scores(.answer(.score(4))))
    for _ in 0..<4 { _ = update(&state, .scores(.nextItem)) }
    expectUpdate(&state, .scores(.confirm)) {
      $0.workbook?.scores.phase = .confirmingGaps(participantID: "p1")
      $0.message = nil
    }
    expectUpdate(&state, .scores(.previousItem)) {
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 1)
    }
    for _ in 0..<3 { _ = update(&state, .scores(.nextItem)) }
    _ = update(&state, .scores(.confirm))
    let before = state.workbook!.session
    var after = before
    after.participants[0].finishedScoring = true
    expectUpdate(&state, .scores(.confirm), effects: [.saveSession(after)]) {
      $0.workbook?.session = after
      $0.workbook?.scores.phase = .main
      $0.workbook?.scores.scorerSelection = 1
      $0.history.clear()
      $0.save = .saving
      $0.pendingSaves += 1
      $0.message = StatusMessage("Thank you, Ana. Your scores are saved and hidden.")
    }
  }

  @Test func aFinishedTurnStartsAgainOnlyFromABlankForm() {
    var state = Fixture.app(Fixture.scored(Fixture.session()), step: .scores)
    expectUpdate(&state, .scores(.choose)) {
      $0.workbook?.scores.phase = .confirmingRestart(participantID: "p1")
    }
    expectUpdate(&state, .scores(.cancelRestart)) { $0.workbook?.scores.phase = .main }
    _ = update(&state, .scores(.choose))
    let before = state.workbook!.session
    var after = before
    after.participants[0].scores = [:]
    after.participants[0].finishedScoring = false
    expectUpdate(&state, .scores(.confirmRestart), effects: [.saveSession(after)]) {
      $0.workbook?.session = after
      $0.workbook?.scores.phase = .privacy(participantID: "p1")
      $0.history.record(before)
      $0.save = .saving
      $0.pendingSaves = 1
    }
    expectUpdate(&state, .scores(.beginTurn)) {
      $0.workbook?.scores.phase = .scoring(participantID: "p1", item: 0)
      $0.history.clear()
    }
  }

  @Test func theReveal() {
    var state = Fixture.app(Fixture.scored(Fixture.session()), step: .scores)
    expectUpdate(&state, .scores(.reveal)) { $0.workbook?.scores.phase = .confirmingReveal }
    expectUpdate(&state, .scores(.cancelReveal)) { $0.workbook?.scores.phase = .main }
    _ = update(&state, .scores(.reveal))
    let before = state.workbook!.session
    var after = before
    after.scoresRevealed = true
    expectUpdate(&state, .scores(.confirmReveal), effects: [.saveSession(after)]) {
      $0.workbook?.session = after
      $0.workbook?.scores.phase = .main
      $0.history.record(before)
      $0.save = .saving
      $0.pendingSaves = 1
    }
    expectUpdate(&state, .scores(.moveDown)) { $0.workbook?.scores.resultSelection = 1 }
    expectUpdate(&state, .scores(.rescore)) { $0.workbook?.scores.phase = .choosingScorer }
    expectUpdate(&state, .undo, effects: [.saveSession(before)]) {
      $0.workbook?.session = before
      _ = $0.history.undo(from: after)
      $0.pendingSaves = 2
      $0.message = StatusMessage("Undone: the reveal.")
    }
    expectUpdate(&state, .redo, effects: [.saveSession(after)]) {
      $0.workbook?.session = after
      _ = $0.history.redo(from: before)
      $0.pendingSaves = 3
      $0.message = StatusMessage("Redone: the reveal.")
    }
  }

  @Test func resultsOfEffects() {
    var state = Fixture.app()
    expectUpdate(&state, .result(.saveFailed("disk full"))) {
      $0.save = .failed("disk full")
      $0.message = StatusMessage(
        "Not saved: disk full. It stays on screen; the next change saves again.", isError: true,
        isAboutAFailedSave: true)
    }
    expectUpdate(&state, .result(.failed("no such session"))) {
      $0.message = StatusMessage("no such session", isError: true)
    }
    expectUpdate(&state, .quit) {
      $0.message = StatusMessage(
        "The last change is not saved (disk full). Press q again to quit anyway.", isError: true,
        isAboutAFailedSave: true)
      $0.quitWarned = true
    }
    expectUpdate(&state, .quit, effects: [.quit]) { $0.message = nil }
    expectUpdate(
      &state, .interrupt, effects: [.saveSession(state.workbook!.session), .quit]
    ) { $0.quitWarned = false }
  }
}
