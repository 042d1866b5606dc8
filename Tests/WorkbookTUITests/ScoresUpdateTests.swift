import Testing
import WorkbookCore
import WorkbookTUI

@Suite struct ScoresUpdateTests {
  private func phase(_ state: AppState) -> ScoresState.Phase? { state.workbook?.scores.phase }
  private func scores(_ state: AppState, _ id: String) -> [String: ScoreAnswer]? {
    state.workbook?.session.participants.first { $0.id == id }?.scores
  }

  @Test func inAWorkshopThePrivacyScreenComesFirst() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.moveDown))
    #expect(update(&state, .scores(.choose)) == [])
    #expect(phase(state) == .privacy(participantID: "p2"))
    #expect(update(&state, .scores(.beginTurn)) == [])
    #expect(phase(state) == .scoring(participantID: "p2", item: 0))
  }

  @Test func anAnswerIsStoredAndTheNextItemFollows() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    let effects = update(&state, .scores(.answer(.score(4))))
    #expect(scores(state, "p1") == ["gatherings": .score(4)])
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
  }

  @Test func goingBackChangesAnAnswer() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    _ = update(&state, .scores(.answer(.score(4))))
    _ = update(&state, .scores(.previousItem))
    _ = update(&state, .scores(.previousItem))
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
    _ = update(&state, .scores(.answer(.dontKnow)))
    #expect(scores(state, "p1") == ["gatherings": .dontKnow])
  }

  @Test func afterTheLastItemComesTheReviewAndConfirmingClearsTheScreen() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    for _ in 0..<4 { _ = update(&state, .scores(.answer(.score(2)))) }
    #expect(phase(state) == .review(participantID: "p1"))
    _ = update(&state, .scores(.back))
    #expect(phase(state) == .scoring(participantID: "p1", item: 3))
    _ = update(&state, .scores(.nextItem))
    let effects = update(&state, .scores(.confirm))
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(phase(state) == .main)
    #expect(state.workbook?.session.participants[0].finishedScoring == true)
    #expect(state.workbook?.session.scoresRevealed == false)
    #expect(state.workbook?.scores.scorerSelection == 1)
    #expect(
      state.message?.text == "Thank you, Ana. Your scores are saved and hidden.")
  }

  @Test func leavingATurnKeepsTheAnswersAndTheNextTurnStartsWhereItStopped() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    _ = update(&state, .scores(.answer(.score(5))))
    _ = update(&state, .scores(.back))
    #expect(phase(state) == .main)
    #expect(scores(state, "p1") == ["gatherings": .score(5)])
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    #expect(phase(state) == .scoring(participantID: "p1", item: 1))
  }

  @Test func changingStepEndsATurn() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    _ = update(&state, .steps(.goTo(.overview)))
    _ = update(&state, .steps(.goTo(.scores)))
    #expect(phase(state) == .main)
  }

  @Test func nobodyCanUndoWhatThePersonBeforeDid() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    _ = update(&state, .scores(.answer(.score(1))))
    _ = update(&state, .scores(.back))
    let afterAna = state.workbook!.session
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    #expect(update(&state, .undo) == [])
    #expect(state.workbook?.session == afterAna)
    #expect(state.message == StatusMessage("Nothing to undo."))
  }

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
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.choose))
    #expect(phase(state) == .privacy(participantID: "p3"))
    _ = update(&state, .scores(.beginTurn))
    #expect(phase(state) == .scoring(participantID: "p3", item: 0))
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
    for _ in 0..<4 { _ = update(&state, .scores(.answer(.score(4)))) }
    _ = update(&state, .scores(.confirm))
    #expect(state.workbook?.session.scoresRevealed == true)
    #expect(state.message == nil)
    _ = update(&state, .scores(.rescore))
    #expect(phase(state) == .scoring(participantID: "p1", item: 0))
  }
}
