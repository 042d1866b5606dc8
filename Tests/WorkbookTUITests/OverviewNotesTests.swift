import Testing
import WorkbookCore
import WorkbookTUI

/// The facilitator's notes, written from the Overview step with `f`.
@Suite struct OverviewNotesTests {
  private func notes(_ state: AppState) -> String? { state.workbook?.session.facilitatorNotes }

  @Test func fOpensTheNotesAndCtrlDSavesThem() {
    var state = Fixture.app()
    press(.character("f"), in: &state)
    #expect(state.workbook?.overview.notesEditor?.text == "")
    type("Bring the projector\nおやつ 🍪", in: &state)
    #expect(notes(state) == "")
    let effects = press(.control("d"), in: &state)
    #expect(notes(state) == "Bring the projector\nおやつ 🍪")
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(state.workbook?.overview.notesEditor == nil)
  }

  @Test func whileWritingTheOverviewsKeysAreText() {
    var state = Fixture.app()
    press(.character("f"), in: &state)
    // f, j, q, digits and Tab mean notes, scroll, quit and steps elsewhere; here they are text.
    press(.character("f"), .character("j"), .character("q"), .character("2"), .tab, in: &state)
    #expect(state.workbook?.overview.notesEditor?.text == "fjq2")
    #expect(state.workbook?.step == .overview)
    #expect(state.workbook?.overview.scroll == 0)
  }

  @Test func escapeLeavesTheSavedNotesAsTheyWere() {
    var session = Fixture.session()
    session.facilitatorNotes = "Kept"
    var state = Fixture.app(session)
    press(.character("f"), in: &state)
    #expect(state.workbook?.overview.notesEditor?.text == "Kept")
    type(" and lost", in: &state)
    #expect(press(.escape, in: &state) == [])
    #expect(state.workbook?.overview.notesEditor?.isConfirmingDiscard == true)
    #expect(press(.escape, in: &state) == [])
    #expect(state.workbook?.overview.notesEditor == nil)
    #expect(notes(state) == "Kept")
  }

  @Test func theSessionsUndoTakesBackSavedNotes() {
    var state = Fixture.app()
    press(.character("f"), in: &state)
    type("Draft", in: &state)
    press(.control("d"), in: &state)
    press(.character("u"), in: &state)
    #expect(notes(state) == "")
  }

  @Test func theStatusLineSaysHowToWriteThemAndThenHowToSave() {
    var state = Fixture.app()
    #expect(render(state, width: 80, height: 24).lines.last?.contains("f notes") == true)
    press(.character("f"), in: &state)
    let lastLine = render(state, width: 80, height: 24).lines.last ?? ""
    #expect(lastLine.hasPrefix(" Enter new line   Ctrl-D save   Esc cancel"))
  }

  @Test func theOverviewShowsTheFirstRowsOfTheNotes() {
    var session = Fixture.session()
    session.facilitatorNotes = "One\nTwo\nThree\nFour"
    var state = Fixture.app(session)
    for _ in 0..<3 { press(.pageDown, in: &state) }
    let screen = render(state, width: 80, height: 24).lines
    #expect(screen.contains { $0.hasSuffix("  Three") })
    #expect(!screen.contains { $0.hasSuffix("  Four") })
    #expect(screen.contains { $0.contains("… f to read and change all of it") })
  }

  @Test func snapshots() {
    var session = Fixture.session()
    session.facilitatorNotes =
      "Book the room with the projector.\nAsk Bo to bring the sign-up sheet from the editathon."
    var state = Fixture.app(session)
    for _ in 0..<3 { updateAsDrawn(&state, .overview(.scroll(.unmeasured(.pageDown)))) }
    assertSnapshots(state, "overview-notes")
    _ = update(&state, .overview(.editNotes))
    assertSnapshots(state, "overview-notes-writing")
  }
}
