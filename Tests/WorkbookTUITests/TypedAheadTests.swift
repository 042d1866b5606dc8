import Testing
import WorkbookCore
import WorkbookTUI

/// Keys typed faster than the screen took them arrive together, and still work as keys; in a text
/// field, keys and pastes that arrive together are text, line breaks included.
@Suite struct TypedAheadTests {
  private func sessions() -> [Session] {
    (1...3).map { number in
      var session = Fixture.session()
      session.id = "s\(number)"
      session.title = "Session \(number)"
      session.updatedAt = "2026-11-2\(9 - number)T10:00:00Z"
      return session
    }
  }

  @Test func downDownEnterOpensTheThirdSession() {
    var driver = InputDriver(sessions: sessions())
    #expect(driver.state.start.sessions?.map(\.id) == ["s1", "s2", "s3"])
    driver.burst(.character("j"), .character("j"), .enter)
    #expect(driver.state.workbook?.session.id == "s3")
    #expect(driver.state.message == nil)
  }

  @Test func keysAfterOpeningASessionGoToIt() {
    var driver = InputDriver(sessions: sessions())
    driver.burst(.enter, .character("2"))
    #expect(driver.state.workbook?.session.id == "s1")
    #expect(driver.state.workbook?.step == .scores)
  }

  @Test func scoresTypedAheadAreAllKept() {
    var driver = InputDriver(Fixture.app(step: .scores))
    driver.press(.enter, .enter)
    // A score stays on its item; → (or Enter) goes on to the next.
    driver.burst(.character("3"), .right, .character("4"), .enter, .character("5"))
    #expect(
      driver.savedSession?.participants[0].scores == [
        "gatherings": .score(3), "communication": .score(4), "needs": .score(5),
      ])
  }

  @Test func aHeldKeyMovesAsFarAsItRepeats() {
    var driver = InputDriver(ReflectionFixture.app())
    driver.send(.burst(Array(repeating: .character("j"), count: 10)))
    #expect(driver.state.workbook?.reflection.selection == 3)
    #expect(driver.state.message == nil)
  }

  @Test func upThenPlusAddsThePlanRow() {
    var driver = InputDriver(RecommendationsFixture.app())
    driver.press(.down)
    driver.burst(.character("k"), .character("+"))
    #expect(driver.savedSession?.plan.count == 1)
  }

  @Test func wordsAfterKeysThatOpenTheAnswerGoIntoIt() {
    // j j Enter: the third question's answer opens, and the words typed after it go in, line
    // breaks included.
    var driver = InputDriver(ReflectionFixture.app())
    driver.burst(typing: "jj\nBusy, unusual turnout\nand a second line")
    #expect(driver.state.workbook?.reflection.selection == 2)
    #expect(
      driver.state.workbook?.reflection.editor?.text
        == "Busy, unusual turnout\nand a second line")
    #expect(driver.state.message == nil)
    // Nothing is saved until Ctrl-D.
    #expect(driver.effects.isEmpty)
    driver.press(.control("d"))
    #expect(
      driver.savedSession?.reflection["importance"]?.text
        == "Busy, unusual turnout\nand a second line")
  }

  @Test func keysAfterWordsAreNotTaken() {
    var driver = InputDriver(ReflectionFixture.app())
    driver.burst(typing: "Busy\njj\n")
    #expect(driver.state.workbook?.reflection.selection == 0)
    #expect(driver.state.workbook?.reflection.editor == nil)
    #expect(driver.state.message?.text == "Paste ignored here: Enter writes the answer.")
  }

  @Test func tabsThenANameFillTheField() {
    // Typed before the form caught up: from the mode, three fields on, then the first name.
    var driver = InputDriver(sessions: [])
    driver.press(.character("n"), .tab, .tab)
    driver.send(.burst([.tab, .tab, .tab] + "Zoë".map(Key.character)))
    #expect(driver.state.newSession?.participants.map(\.text) == ["Zoë"])
  }

  @Test func aPasteInEveryEditorIsInsertedWithItsLineBreaks() {
    let pasted = "Try yes\ndy"
    var overview = InputDriver(Fixture.app())
    overview.press(.character("f"))
    overview.paste(pasted)
    #expect(overview.state.workbook?.overview.notesEditor?.text == pasted)
    var reflection = InputDriver(ReflectionFixture.app())
    reflection.press(.enter)
    reflection.paste(pasted)
    #expect(reflection.state.workbook?.reflection.editor?.text == pasted)
    var recommendations = InputDriver(RecommendationsFixture.app())
    recommendations.press(.enter)
    recommendations.paste(pasted)
    #expect(recommendations.state.workbook?.recommendations.noteEditor?.text == pasted)
    var plan = InputDriver(PlanFixture.app(PlanFixture.planned()))
    plan.press(.enter)
    plan.paste(pasted)
    #expect(plan.state.workbook?.plan.cellEditor?.text.hasSuffix(pasted) == true)
    for driver in [overview, reflection, recommendations, plan] {
      #expect(driver.effects.isEmpty)
      #expect(driver.state.message == nil)
    }
  }

  @Test func aFileNameTakesOneLineAndTheRestIsNotRun() {
    var driver = InputDriver(ExportFixture.app())
    driver.press(.character("f"), .control("u"))
    driver.burst(typing: "report.md\nTry yes")
    #expect(driver.state.workbook?.export.fileName == "report.md")
    #expect(driver.state.workbook?.export.fileEditor == nil)
    #expect(driver.state.message?.text == "Paste ignored here: f changes the file name.")
    #expect(
      !driver.asked {
        if case .writeExport = $0 { true } else { false }
      })
    // Pasted, a line break in a one-line field is a space.
    driver.press(.character("f"), .control("u"))
    driver.paste("Try\nyes")
    #expect(driver.state.workbook?.export.fileEditor?.text == "Try yes")
  }

  @Test func theNewSessionFormTakesTextTypedAhead() {
    var driver = InputDriver(sessions: [])
    driver.press(.character("n"))
    driver.burst(typing: "Spring workshop")
    #expect(driver.state.newSession?.title.text == "Spring workshop")
    for _ in 0..<5 { driver.press(.tab) }
    // Enter after a name adds the next one, typed ahead or not.
    driver.burst(typing: "Ana\nBo\nChen")
    #expect(driver.state.newSession?.participants.map(\.text) == ["Ana", "Bo", "Chen"])
    driver.paste("Dana")
    #expect(driver.state.newSession?.participants.map(\.text) == ["Ana", "Bo", "ChenDana"])
  }
}
