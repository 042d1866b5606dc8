import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookPlain

/// Private turns in the plain mode: the hand-over pause, the answers, the check, and that nothing
/// of one person's answers is shown after the keyboard has passed.
@Suite struct PlainTurnTests {
  @Test func choosingAPersonClearsTheScreenAndWaitsForThemBeforeTheFirstItem() {
    var state = PlainFixture.opened()
    state.type("2")
    #expect(state.prompt == .scores)
    let effects = state.type("1")
    #expect(effects == [])
    #expect(state.prompt == .handOver(participantID: "p1"))
    #expect(state.output(since: 0).first == .privacyBreak)
    #expect(state.shownText.contains("hand the keyboard to Ana."))
    state.type("")
    #expect(state.prompt == .scoring(participantID: "p1", item: 0))
    #expect(state.shownText.contains("Ana's turn, item 1 of 2: Gatherings."))
  }

  @Test func eachAnswerIsRecordedAndSavedAndTheNextItemAsked() {
    var state = PlainFixture.opened()
    state.type("2", "1", "")
    let effects = state.type("4")
    var expected = PlainFixture.session()
    expected.participants[0].scores = ["gatherings": .score(4)]
    #expect(effects == [.saveSession(expected)])
    #expect(state.session == expected)
    #expect(state.prompt == .scoring(participantID: "p1", item: 1))
    state.type("?")
    #expect(state.session?.participants[0].scores["communication"] == .dontKnow)
    #expect(state.prompt == .review(participantID: "p1"))
    #expect(state.shownText.contains("Item 1, Gatherings: 4"))
    #expect(state.shownText.contains("Item 2, Communication online: don't know"))
  }

  @Test func confirmingClearsTheScreenBeforeTheThanksAndHidesTheScores() {
    var state = PlainFixture.opened()
    state.type("2", "1", "", "4", "na")
    let effects = state.type("1")
    #expect(state.session?.participants[0].finishedScoring == true)
    #expect(effects == [.saveSession(state.session!)])
    #expect(state.prompt == .scores)
    let output = state.output(since: 0)
    #expect(output.first == .privacyBreak)
    // After the break: the thanks and the list of who scores, nothing of the answers.
    #expect(state.shownText.contains("Thank you, Ana. Your scores are saved and hidden."))
    #expect(state.shownText.contains("Scores: 1 of 3 have scored."))
    #expect(!state.shownText.contains("not applicable"))
    #expect(!state.shownText.contains("Gatherings"))
  }

  @Test func gapsAreConfirmedOnceMoreOrTakeThePersonToTheFirstGap() {
    var state = PlainFixture.opened()
    state.type("2", "1", "", "", "5")
    #expect(state.prompt == .review(participantID: "p1"))
    state.type("1")
    #expect(state.prompt == .confirmGaps(participantID: "p1"))
    #expect(state.shownText.contains("1 item is not answered (Gatherings). Confirm anyway?"))
    state.type("2")
    #expect(state.prompt == .scoring(participantID: "p1", item: 0))
    state.type("", "", "1", "1")
    #expect(state.session?.participants[0].finishedScoring == true)
  }

  @Test func aFinishedPersonStartsAgainOnlyFromABlankForm() {
    var session = PlainFixture.session()
    session.participants[0].scores = ["gatherings": .score(2)]
    session.participants[0].finishedScoring = true
    var state = PlainFixture.opened(session)
    state.type("2", "1")
    #expect(state.prompt == .confirmRestart(participantID: "p1"))
    state.type("2")
    #expect(state.prompt == .scores)
    #expect(state.session == session)
    let effects = state.type("1", "1")
    session.participants[0].scores = [:]
    session.participants[0].finishedScoring = false
    #expect(effects == [.saveSession(session)])
    #expect(state.prompt == .handOver(participantID: "p1"))
    state.type("")
    #expect(!state.shownText.contains("Your answer now"))
  }

  @Test func leavingATurnKeepsTheAnswersAndClearsTheScreen() {
    var state = PlainFixture.opened()
    state.type("2", "1", "", "3", "q")
    #expect(state.session?.participants[0].scores == ["gatherings": .score(3)])
    #expect(state.session?.participants[0].finishedScoring == false)
    #expect(state.output(since: 0).first == .privacyBreak)
    #expect(state.prompt == .scores)
  }

  @Test func anAnswerOffTheScaleIsRefusedAndTheItemAskedAgain() {
    var state = PlainFixture.opened()
    state.type("2", "1", "")
    let effects = state.type("7")
    #expect(effects == [])
    #expect(state.prompt == .scoring(participantID: "p1", item: 0))
    #expect(state.shownText.contains("“7” is not one of the answers here."))
    #expect(state.shownText.contains("Ana's turn, item 1 of 2"))
  }

  @Test func aSoloTurnHasNoPauseAndRevealsOnConfirming() {
    var state = PlainFixture.opened(PlainFixture.session(mode: .solo, names: ["Ana"]))
    state.type("2", "1")
    #expect(state.prompt == .scoring(participantID: "p1", item: 0))
    #expect(!state.output(since: 0).contains(.privacyBreak))
    state.type("4", "5", "1")
    #expect(state.session?.scoresRevealed == true)
    #expect(state.prompt == .scores)
    #expect(state.shownText.contains("Item 1 of 2, Gatherings: 4, high band."))
  }
}
