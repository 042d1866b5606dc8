import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// Every screen at 80×24 (the minimum, as on a projector) and 120×40, compared with plain-text
/// snapshots in Snapshots/.
@Suite struct ScreenSnapshotTests {
  private func startState(_ entries: [SessionListEntry]?) -> AppState {
    var state = AppState(strategies: [Fixture.strategy])
    if let entries { _ = update(&state, .result(.sessionsLoaded(entries))) }
    return state
  }

  @Test func startScreen() {
    assertSnapshots(startState(nil), "start-loading")
    assertSnapshots(startState([]), "start-empty")
    assertSnapshots(startState(Fixture.entries), "start-list", styled: true)
    var broken = startState(Fixture.entries)
    _ = update(&broken, .start(.moveDown))
    _ = update(&broken, .start(.moveDown))
    assertSnapshots(broken, "start-broken-selected")
    // A message longer than the status line (a session that cannot be opened) is never cut.
    var failed = startState(Fixture.entries)
    _ = update(
      &failed,
      .result(
        .failed(
          "the session /home/ana/.local/share/workbook/sessions/s1.json is being edited by "
            + "workbook (process 4242 on ana-laptop); it can be opened read-only, or edited once "
            + "they close it")))
    assertSnapshots(failed, "start-long-message")
    var deleting = startState(Fixture.entries)
    _ = update(&deleting, .start(.delete))
    assertSnapshots(deleting, "start-delete-confirmation")
    var locked = startState(Fixture.entries)
    _ = update(
      &locked,
      .result(
        .sessionLocked(
          id: "a",
          editor: OtherTerminal(user: "ana", host: "laptop", since: "2026-11-25T18:00:00Z"))))
    assertSnapshots(locked, "start-locked-offer")
  }

  @Test func newSessionForm() {
    var state = startState([])
    _ = update(&state, .start(.new))
    assertSnapshots(state, "new-session-empty")
    _ = update(&state, .newSession(.type("Spring workshop")))
    _ = update(&state, .newSession(.nextField))
    _ = update(&state, .newSession(.type("Wikimedia Norge")))
    for _ in 0..<4 { _ = update(&state, .newSession(.nextField)) }
    for name in ["Ana", "Bo", "Chen 陳"] {
      _ = update(&state, .newSession(.type(name)))
      _ = update(&state, .newSession(.enter))
    }
    _ = update(&state, .newSession(.type("Ana")))
    assertSnapshots(state, "new-session-participants")
    _ = update(&state, .newSession(.nextField))
    _ = update(&state, .newSession(.nextField))
    _ = update(&state, .newSession(.enter))
    assertSnapshots(state, "new-session-problem")
  }

  @Test func aLongListOfScorersScrollsToTheSelection() {
    var state = Fixture.app(Fixture.session(names: (1...30).map { "Person \($0)" }), step: .scores)
    for _ in 0..<20 { _ = update(&state, .scores(.moveDown)) }
    assertSnapshots(state, "scores-who-scores-thirty")
  }

  @Test func helpInATextField() {
    var state = startState([])
    _ = update(&state, .start(.new))
    for _ in 0..<5 { _ = update(&state, .newSession(.nextField)) }
    _ = update(&state, .toggleHelp)
    assertSnapshots(state, "help-participant-field")
  }

  @Test func overview() {
    assertSnapshots(Fixture.app(), "overview-workshop", styled: true)
    assertSnapshots(Fixture.app(Fixture.session(mode: .solo, names: ["Ana"])), "overview-solo")
  }

  @Test func overviewAgenda() {
    var state = Fixture.app()
    _ = update(&state, .overview(.editAgenda))
    _ = update(&state, .agenda(.moveDown))
    assertSnapshots(state, "overview-agenda-editing")
    _ = update(&state, .agenda(.change(by: 5)))
    _ = update(&state, .agenda(.done))
    for _ in 0..<12 { updateAsDrawn(&state, .overview(.scroll(.unmeasured(.down)))) }
    assertSnapshots(state, "overview-agenda")
  }

  @Test func scoringInWorkshop() {
    var state = Fixture.app(step: .scores)
    assertSnapshots(state, "scores-who-scores")
    _ = update(&state, .scores(.choose))
    assertSnapshots(state, "scores-privacy")
    _ = update(&state, .scores(.beginTurn))
    _ = update(&state, .scores(.takeChoice))
    assertSnapshots(state, "scores-scoring-how-to-answer")
    _ = update(&state, .scores(.answer(.score(4))))
    _ = update(&state, .scores(.moveUp))
    assertSnapshots(state, "scores-scoring", styled: true)
    _ = update(&state, .scores(.takeChoice))
    _ = update(&state, .scores(.answer(.dontKnow)))
    _ = update(&state, .scores(.takeChoice))
    _ = update(&state, .scores(.nextItem))
    _ = update(&state, .scores(.answer(.score(2))))
    _ = update(&state, .scores(.takeChoice))
    assertSnapshots(state, "scores-review")
    _ = update(&state, .scores(.confirm))
    assertSnapshots(state, "scores-confirm-gaps")
    _ = update(&state, .scores(.confirm))
    _ = update(&state, .scores(.reveal))
    assertSnapshots(state, "scores-reveal-confirmation")
  }

  @Test func startingAFinishedTurnAgainBeforeTheReveal() {
    var state = Fixture.app(Fixture.scored(Fixture.session()), step: .scores)
    _ = update(&state, .scores(.choose))
    assertSnapshots(state, "scores-restart-confirmation")
  }

  /// The Results themselves, at every size and alone, are in ResultsSnapshotTests.
  @Test func results() {
    let anonymous = Fixture.app(
      revealed(Fixture.scored(Fixture.session(anonymous: true))), step: .scores)
    assertSnapshots(anonymous, "results-anonymous")
    var again = Fixture.app(revealed(Fixture.scored(Fixture.session())), step: .scores)
    _ = update(&again, .scores(.rescore))
    assertSnapshots(again, "results-score-again")
  }

  @Test func soloInvitation() {
    assertSnapshots(
      Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores), "solo-invitation")
    // Scores that came in finished from an import wait for r.
    assertSnapshots(
      Fixture.app(Fixture.scored(Fixture.session(mode: .solo, names: ["Ana"])), step: .scores),
      "solo-invitation-scored")
  }

  @Test func helpAndSmallTerminal() {
    var help = Fixture.app(step: .scores)
    _ = update(&help, .toggleHelp)
    assertSnapshots(help, "help-who-scores")
    var scoringHelp = Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores)
    _ = update(&scoringHelp, .scores(.choose))
    _ = update(&scoringHelp, .toggleHelp)
    assertSnapshots(scoringHelp, "help-scoring")
    var small = Fixture.app(width: 60, height: 20)
    _ = update(&small, .resized(width: 60, height: 20))
    assertSnapshot(render(small, width: 60, height: 20), named: "too-small-60x20")
  }

  private func revealed(_ session: Session) -> Session {
    var session = session
    session.scoresRevealed = true
    return session
  }
}
