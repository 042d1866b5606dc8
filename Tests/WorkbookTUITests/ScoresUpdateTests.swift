import Testing
import WorkbookCore
import WorkbookTUI

@Suite struct ScoresUpdateTests {
  private func phase(_ state: AppState) -> ScoresState.Phase? { state.workbook?.scores.phase }
  private func scores(_ state: AppState, _ id: String) -> [String: ScoreAnswer]? {
    state.workbook?.session.participants.first { $0.id == id }?.scores
  }
  private func finished(_ state: AppState, _ id: String) -> Bool? {
    state.workbook?.session.participants.first { $0.id == id }?.finishedScoring
  }

  /// Ana's turn in the fixture workshop, on her first item.
  private func anasTurn() -> AppState {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    return state
  }

  @Test func inAWorkshopThePrivacyScreenComesFirst() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.moveDown))
    #expect(update(&state, .scores(.choose)) == [])
    #expect(phase(state) == .privacy(participantID: "p2"))
    #expect(update(&state, .scores(.beginTurn)) == [])
    #expect(phase(state) == .scoring(participantID: "p2", item: 0))
  }

  @Test func anAnswerIsStoredAtOnceAndEnterGoesOn() {
    var state = anasTurn()
    let effects = update(&state, .scores(.answer(.score(4))))
    #expect(scores(state, "p1") == ["gatherings": .score(4)])
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    // Enter takes the answer already recorded: nothing more to save.
    #expect(update(&state, .scores(.takeChoice)) == [])
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
  }

  @Test func fourEnterThreeEnterTwoEnterFiveEnterAnswersFourItems() {
    var state = anasTurn()
    for key: Key in [
      .character("4"), .enter, .character("3"), .enter, .character("2"), .enter,
      .character("5"), .enter,
    ] {
      press(key, in: &state)
    }
    #expect(
      scores(state, "p1") == [
        "gatherings": .score(4), "communication": .score(3), "needs": .score(2),
        "overall": .score(5),
      ])
    #expect(phase(state) == .review(participantID: "p1"))
  }

  @Test func digitsAloneChangeTheAnswerOnScreenAndSkipNothing() {
    var state = anasTurn()
    press(.character("4"), .character("3"), in: &state)
    #expect(scores(state, "p1") == ["gatherings": .score(3)])
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
  }

  @Test func enterOnAnItemNotAnsweredStaysAndSaysHowToAnswer() {
    var state = anasTurn()
    #expect(press(.enter, in: &state) == [])
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    #expect(state.message == StatusMessage("Choose 1–5, ? or n to answer; → skips it"))
    #expect(scores(state, "p1") == [:])
  }

  @Test func rightSkipsAnItemNotAnsweredAndSaysSo() {
    var state = anasTurn()
    #expect(press(.right, in: &state) == [])
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
    #expect(state.message == StatusMessage("Item 1 skipped; ← goes back to it."))
    press(.left, in: &state)
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    // On the first item there is no item before.
    press(.left, in: &state)
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
  }

  @Test func arrowsMoveTheHighlightAndEnterRecordsIt() {
    var state = anasTurn()
    press(.down, in: &state)
    #expect(state.workbook?.scores.highlight == .score(1))
    #expect(scores(state, "p1") == [:], "a highlight records nothing")
    press(.down, .down, in: &state)
    #expect(state.workbook?.scores.highlight == .score(3))
    let effects = press(.enter, in: &state)
    #expect(scores(state, "p1") == ["gatherings": .score(3)])
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
    #expect(state.workbook?.scores.highlight == nil)
    // From nothing, ↑ starts at the bottom of the list; the ends hold.
    press(.up, in: &state)
    #expect(state.workbook?.scores.highlight == .notApplicable)
    press(.down, in: &state)
    #expect(state.workbook?.scores.highlight == .notApplicable)
    press(.up, .up, in: &state)
    #expect(state.workbook?.scores.highlight == .score(5))
  }

  @Test func theHighlightStartsOnTheAnswerAndComingBackToItClearsIt() {
    var state = anasTurn()
    press(.character("4"), .up, in: &state)
    #expect(state.workbook?.scores.highlight == .score(3))
    press(.down, in: &state)
    #expect(state.workbook?.scores.highlight == nil)
    press(.up, .right, in: &state)
    #expect(scores(state, "p1") == ["gatherings": .score(3)], "→ takes the highlight too")
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
  }

  @Test func undoWhileScoringLetsTheHighlightFollowTheAnswer() {
    var state = anasTurn()
    press(.character("4"), .character("2"), .down, in: &state)
    #expect(state.workbook?.scores.highlight == .score(3))
    press(.character("u"), in: &state)
    #expect(scores(state, "p1") == ["gatherings": .score(4)])
    #expect(state.workbook?.scores.highlight == nil)
  }

  @Test func goingBackChangesAnAnswer() {
    var state = anasTurn()
    press(.character("4"), .enter, .left, in: &state)
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    press(.character("?"), in: &state)
    #expect(scores(state, "p1") == ["gatherings": .dontKnow])
  }

  @Test func afterTheLastItemComesTheCheckAndConfirmingClearsTheScreen() {
    var state = anasTurn()
    for _ in 0..<4 { press(.character("2"), .enter, in: &state) }
    #expect(phase(state) == .review(participantID: "p1"))
    press(.left, in: &state)
    #expect(phase(state) == .scoring(participantID: "p1", item: 3))
    press(.enter, in: &state)
    let effects = press(.enter, in: &state)
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .main)
    #expect(finished(state, "p1") == true)
    #expect(state.workbook?.session.scoresRevealed == false)
    #expect(state.workbook?.scores.scorerSelection == 1)
    #expect(
      state.message?.text == "Thank you, Ana. Your scores are saved and hidden.")
  }

  @Test func theThanksInAnAnonymousSessionNeverTiesAPersonToTheirLabel() {
    var state = Fixture.app(Fixture.session(anonymous: true), step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    for _ in 0..<4 { press(.character("2"), .enter, in: &state) }
    press(.enter, in: &state)
    #expect(finished(state, "p1") == true)
    #expect(state.message?.text == "Thank you, Ana. Your scores are saved and hidden.")
    let screen = render(state, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(!screen.contains("Participant"))
  }

  @Test func aTurnWithGapsIsConfirmedOnlyAfterASecondEnter() {
    var state = anasTurn()
    press(.character("4"), .enter, .right, .character("2"), .enter, .right, in: &state)
    #expect(phase(state) == .review(participantID: "p1"))
    #expect(press(.enter, in: &state) == [])
    #expect(phase(state) == .confirmingGaps(participantID: "p1"))
    #expect(finished(state, "p1") == false)
    let screen = render(state, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(screen.contains("Not answered: Communication online, The strategy as a whole."))
    #expect(screen.contains("2 items not answered.\n  Enter  confirm anyway        ←  go back"))
    // ← goes to the first item not answered.
    press(.left, in: &state)
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
    press(.right, .right, .right, .enter, in: &state)
    #expect(phase(state) == .confirmingGaps(participantID: "p1"))
    let effects = press(.enter, in: &state)
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(finished(state, "p1") == true)
    #expect(scores(state, "p1") == ["gatherings": .score(4), "needs": .score(2)])
  }

  @Test func escPausesTheTurnFromEveryPartOfIt() {
    for keys: [Key] in [
      [], [.right, .right, .right, .right], [.right, .right, .right, .right, .enter],
    ] {
      var state = anasTurn()
      press(.character("5"), in: &state)
      for key in keys { press(key, in: &state) }
      #expect(
        [
          .scoring(participantID: "p1", item: 0), .review(participantID: "p1"),
          .confirmingGaps(participantID: "p1"),
        ].contains(phase(state)))
      press(.escape, in: &state)
      #expect(phase(state) == .main)
      #expect(scores(state, "p1") == ["gatherings": .score(5)])
      #expect(finished(state, "p1") == false)
    }
  }

  @Test func keysWithoutAMeaningInATurnSayWhichKeysWork() {
    var state = anasTurn()
    // A paste is text, never the keys it holds (keys typed ahead come as a burst instead).
    #expect(Keymap.action(for: .paste("43"), in: state) == .refused(.pastedText))
    for key: Key in [.tab, .character("7"), .character("x"), .pageDown] {
      #expect(press(key, in: &state) == [])
      #expect(state.message == StatusMessage("Unused key: 1–5, ? or n answer; Enter next"))
      #expect(phase(state) == .scoring(participantID: "p1", item: 0))
      #expect(scores(state, "p1") == [:])
    }
    press(.right, .right, .right, .right, .character("3"), in: &state)
    #expect(phase(state) == .review(participantID: "p1"))
    #expect(state.message == StatusMessage("Unused key: Enter confirms; ← goes back"))
  }

  @Test func leavingATurnKeepsTheAnswersAndTheNextTurnStartsWhereItStopped() {
    var state = anasTurn()
    press(.character("5"), .enter, .escape, in: &state)
    #expect(phase(state) == .main)
    #expect(scores(state, "p1") == ["gatherings": .score(5)])
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
  }

  @Test func changingStepEndsATurn() {
    var state = anasTurn()
    press(.down, in: &state)
    _ = update(&state, .steps(.goTo(.overview)))
    _ = update(&state, .steps(.goTo(.scores)))
    #expect(phase(state) == .main)
    #expect(state.workbook?.scores.highlight == nil)
  }

  @Test func nobodyCanUndoWhatThePersonBeforeDid() {
    var state = anasTurn()
    press(.character("1"), .escape, in: &state)
    let afterAna = state.workbook!.session
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    #expect(update(&state, .undo) == [])
    #expect(state.workbook?.session == afterAna)
    #expect(state.message == StatusMessage("Nothing to undo."))
  }

  // MARK: A finished person before the reveal

  @Test func enterOnSomeoneWhoHasScoredAsksBeforeStartingAgain() {
    let session = Fixture.scored(Fixture.session())
    var state = Fixture.app(session, step: .scores)
    #expect(press(.enter, in: &state) == [])
    #expect(phase(state) == .confirmingRestart(participantID: "p1"))
    #expect(Keymap.contexts(for: state).first == .restartConfirmation)
    for keep: Key in [.character("n"), .escape] {
      #expect(press(keep, in: &state) == [])
      #expect(phase(state) == .main)
      #expect(state.workbook?.session == session)
      press(.enter, in: &state)
    }
  }

  @Test func startingAgainClearsTheAnswersInOneSavedChangeThenPassesTheKeyboard() {
    var state = Fixture.app(Fixture.scored(Fixture.session()), step: .scores)
    press(.down, .enter, in: &state)
    let effects = press(.character("y"), in: &state)
    #expect(scores(state, "p2") == [:])
    #expect(finished(state, "p2") == false)
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .privacy(participantID: "p2"))
    press(.enter, in: &state)
    #expect(phase(state) == .scoring(participantID: "p2", item: 0))
    #expect(state.workbook?.scores.highlight == nil)
    // The others keep theirs.
    #expect(finished(state, "p1") == true && finished(state, "p3") == true)
  }

  @Test func anUndoneRestartAsksAgainInsteadOfShowingTheAnswers() {
    var state = Fixture.app(Fixture.scored(Fixture.session()), step: .scores)
    press(.enter, .character("y"), in: &state)
    #expect(phase(state) == .privacy(participantID: "p1"))
    press(.character("u"), in: &state)
    #expect(finished(state, "p1") == true)
    press(.enter, in: &state)
    #expect(phase(state) == .confirmingRestart(participantID: "p1"))
    press(.character("u"), in: &state)
    press(.control("r"), .enter, in: &state)
    #expect(phase(state) == .confirmingRestart(participantID: "p1"))
  }

  @Test func scoringAgainAfterAnUndoneRevealAsksToo() {
    var state = Fixture.app(Fixture.scored(Fixture.session()), step: .scores)
    press(.character("r"), .character("y"), .character("e"), in: &state)
    #expect(phase(state) == .choosingScorer)
    press(.character("u"), in: &state)
    #expect(state.workbook?.session.scoresRevealed == false)
    press(.enter, in: &state)
    #expect(phase(state) == .confirmingRestart(participantID: "p1"))
  }

  @Test func theListOpensOnTheFirstPersonStillToScore() {
    var session = Fixture.scored(Fixture.session())
    session.participants[1].finishedScoring = false
    #expect(Fixture.app(session, step: .scores).workbook?.scores.scorerSelection == 1)
    #expect(
      Fixture.app(Fixture.scored(Fixture.session()), step: .scores).workbook?.scores
        .scorerSelection == 0)
  }

  @Test func aloneScoresThatCameInFinishedAreThePersonsOwnToLookOver() {
    var state = Fixture.app(
      Fixture.scored(Fixture.session(mode: .solo, names: ["Ana"])), step: .scores)
    press(.enter, in: &state)
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    #expect(scores(state, "p1") == Fixture.scored(Fixture.session()).participants[0].scores)
    for _ in 0..<4 { press(.enter, in: &state) }
    press(.enter, in: &state)
    #expect(state.workbook?.session.scoresRevealed == true)
  }

  // MARK: The reveal and after

  @Test func theRevealAsksFirst() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.reveal))
    #expect(phase(state) == .confirmingReveal)
    #expect(update(&state, .scores(.cancelReveal)) == [])
    #expect(state.workbook?.session.scoresRevealed == false)
    _ = update(&state, .scores(.reveal))
    let effects = update(&state, .scores(.confirmReveal))
    #expect(state.workbook?.session.scoresRevealed == true)
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .main)
    #expect(Keymap.contexts(for: state).first == .results)
  }

  @Test func anyoneCanScoreAgainAfterTheReveal() {
    var session = Fixture.scored(Fixture.session())
    session.scoresRevealed = true
    var state = Fixture.app(session, step: .scores)
    _ = update(&state, .scores(.rescore))
    #expect(phase(state) == .choosingScorer)
    // r reveals nothing more here, so it is not offered.
    #expect(Keymap.action(for: .character("r"), in: state) != .scores(.reveal))
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.choose))
    #expect(phase(state) == .privacy(participantID: "p3"))
    _ = update(&state, .scores(.beginTurn))
    #expect(phase(state) == .scoring(participantID: "p3", item: 0))
    #expect(scores(state, "p3") == Fixture.scored(Fixture.session()).participants[2].scores)
  }

  @Test func theResultsSelectionStaysOnTheItems() {
    var session = Fixture.scored(Fixture.session())
    session.scoresRevealed = true
    var state = Fixture.app(session, step: .scores)
    for _ in 0..<6 { _ = update(&state, .scores(.moveDown)) }
    #expect(state.workbook?.scores.resultSelection == 3)
    _ = update(&state, .scores(.moveUp))
    #expect(state.workbook?.scores.resultSelection == 2)
  }

  @Test func soloHasNoPrivacyScreenAndConfirmingShowsTheResults() {
    var state = Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores)
    _ = update(&state, .scores(.choose))
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    for _ in 0..<4 { press(.character("4"), .enter, in: &state) }
    press(.enter, in: &state)
    #expect(state.workbook?.session.scoresRevealed == true)
    #expect(state.message == nil)
    _ = update(&state, .scores(.rescore))
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
  }
}
