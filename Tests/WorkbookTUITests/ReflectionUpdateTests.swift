import Testing
import WorkbookCore
import WorkbookTUI

@Suite struct ReflectionUpdateTests {
  private func answer(_ state: AppState, _ id: String) -> ReflectionAnswer? {
    state.workbook?.session.reflection[id]
  }

  @Test func enterOpensTheAnswerAndCtrlDSavesIt() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    #expect(state.workbook?.reflection.editor?.text == "")
    type("強みです 👍", in: &state)
    #expect(answer(state, "strength-or-challenge") == nil)
    let effects = press(.control("d"), in: &state)
    #expect(answer(state, "strength-or-challenge")?.text == "強みです 👍")
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(state.workbook?.reflection.editor == nil)
  }

  @Test func whileWritingEveryKeyIsText() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    // q, ?, digits and Tab mean quit, help and steps elsewhere; here they are text or nothing.
    press(.character("q"), .character("?"), .character("3"), .enter, .tab, in: &state)
    #expect(state.workbook?.reflection.editor?.text == "q?3\n")
    #expect(state.workbook?.step == .reflection)
    #expect(!state.showingHelp)
    #expect(Keymap.action(for: .control("c"), in: state) == .interrupt)
  }

  @Test func escapeLeavesTheSavedAnswerAsItWas() {
    var session = Fixture.session()
    session.reflection["strength-or-challenge"] = ReflectionAnswer(text: "Kept")
    var state = ReflectionFixture.app(session)
    press(.enter, in: &state)
    type(" and lost", in: &state)
    #expect(press(.escape, in: &state) == [])
    #expect(state.workbook?.reflection.editor?.isConfirmingDiscard == true)
    #expect(press(.escape, in: &state) == [])
    #expect(state.workbook?.reflection.editor == nil)
    #expect(answer(state, "strength-or-challenge")?.text == "Kept")
  }

  @Test func savingAnUnchangedAnswerSavesNothing() {
    var session = Fixture.session()
    session.reflection["strength-or-challenge"] = ReflectionAnswer(text: "Same")
    var state = ReflectionFixture.app(session)
    press(.enter, in: &state)
    #expect(press(.control("d"), in: &state) == [])
    #expect(state.workbook?.reflection.editor == nil)
  }

  @Test func arrowsSetTheQuickAnswerAndCanTakeItBack() {
    var state = ReflectionFixture.app()
    press(.right, in: &state)
    #expect(answer(state, "strength-or-challenge")?.choice == "strength")
    press(.right, .right, in: &state)
    #expect(answer(state, "strength-or-challenge")?.choice == "both")
    // Past the last option: none.
    press(.right, in: &state)
    #expect(answer(state, "strength-or-challenge")?.choice == nil)
    press(.left, in: &state)
    #expect(answer(state, "strength-or-challenge")?.choice == "both")
  }

  @Test func aQuestionWithoutAQuickAnswerIgnoresTheArrows() {
    var state = ReflectionFixture.app()
    press(.down, in: &state)
    #expect(press(.right, in: &state) == [])
    #expect(answer(state, "variance-or-consensus") == nil)
  }

  @Test func upAndDownGoThroughTheQuestionsAndStopAtTheEnds() {
    var state = ReflectionFixture.app()
    press(.up, in: &state)
    #expect(state.workbook?.reflection.selection == 0)
    press(.down, .down, .down, .down, .down, in: &state)
    #expect(state.workbook?.reflection.selection == 3)
    press(.character("k"), in: &state)
    #expect(state.workbook?.reflection.selection == 2)
  }

  @Test func theSessionsUndoTakesBackASavedAnswer() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    type("Draft", in: &state)
    press(.control("d"), in: &state)
    press(.character("u"), in: &state)
    #expect(answer(state, "strength-or-challenge") == nil)
  }

  @Test func theStatusLineSaysHowToSaveAndCancel() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    let lastLine = render(state, width: 80, height: 24).lines.last ?? ""
    #expect(lastLine.hasPrefix(" Enter new line   Ctrl-D save   Esc cancel"))
  }

  @Test func afterEscapeTheStatusLineAsksBeforeDiscarding() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    type("Draft", in: &state)
    press(.escape, in: &state)
    let lastLine = render(state, width: 80, height: 24).lines.last ?? ""
    #expect(lastLine.hasPrefix(" Esc discard changes   Ctrl-D save   Enter new line"))
  }

  @Test func theCursorStandsAfterTheWideCharactersTyped() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    type("日本語 🙂", in: &state)
    // Under the step bar, the heading, two rows of question, the quick answer and the label, the
    // answer's first row is row 10; it starts in column 4. "日本語 🙂" is 3 × 2 + 1 + 2 = 9
    // columns.
    #expect(render(state, width: 80, height: 24).cursor == Position(row: 10, column: 13))
  }
}

@Suite struct TextEditorInterruptTests {
  @Test func ctrlCKeepsTheAnswerBeingWritten() {
    var state = ReflectionFixture.app()
    press(.enter, in: &state)
    type("Half a thought", in: &state)
    let effects = press(.control("c"), in: &state)
    #expect(state.workbook?.session.reflection["strength-or-challenge"]?.text == "Half a thought")
    #expect(effects == [.saveSession(state.workbook!.session), .quit])
  }

  @Test func ctrlCKeepsAPlanCellBeingWritten() {
    var state = PlanFixture.app(PlanFixture.planned())
    press(.enter, in: &state)
    type(" and Bergen", in: &state)
    press(.control("c"), in: &state)
    #expect(state.workbook?.session.plan[0]["focus"] == "Meeting in person and Bergen")
  }
}
