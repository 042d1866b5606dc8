import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

@Suite struct StartUpdateTests {
  private func loaded() -> AppState {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .result(.sessionsLoaded(Fixture.entries.reversed())))
    return state
  }

  @Test func theListIsNewestFirstWithTheFirstSelected() {
    let state = loaded()
    #expect(state.start.sessions?.map(\.id) == ["a", "b", "c"])
    #expect(state.start.selection == 0)
  }

  @Test func movingStopsAtBothEnds() {
    var state = loaded()
    _ = update(&state, .start(.moveUp))
    #expect(state.start.selection == 0)
    for _ in 0..<5 { _ = update(&state, .start(.moveDown)) }
    #expect(state.start.selection == 2)
  }

  @Test func afterClosingASessionTheCursorIsOnIt() {
    var state = loaded()
    _ = update(&state, .result(.sessionOpened(Fixture.session())))
    _ = update(&state, .steps(.close))
    // The list now has the session, saved last: newest first, but the cursor is where it was
    // closed, not on the top row by chance.
    let closed = SessionListEntry(
      id: "s1", title: "Spring workshop", organization: "Wikimedia Norge",
      updatedAt: "2026-11-24T10:00:00Z", progress: 0.1)
    _ = update(&state, .result(.sessionsLoaded(Fixture.entries + [closed])))
    #expect(state.start.sessions?[state.start.selection].id == "s1")
    #expect(state.start.selection == 1)
  }

  @Test func openingAsksTheRunLoopForTheSelectedSession() {
    var state = loaded()
    _ = update(&state, .start(.moveDown))
    #expect(update(&state, .start(.open)) == [.openSession(id: "b")])
  }

  @Test func aBrokenSessionIsNotOpenedAndSaysWhy() {
    var state = loaded()
    _ = update(&state, .start(.moveDown))
    _ = update(&state, .start(.moveDown))
    #expect(update(&state, .start(.open)) == [])
    #expect(state.message?.isError == true)
    #expect(state.message?.text.contains("c.json is not valid JSON at line 3") == true)
  }

  @Test func deletingAsksFirstAndNoMeansNothingHappens() {
    var state = loaded()
    #expect(update(&state, .start(.delete)) == [])
    #expect(state.start.pendingDeletion?.id == "a")
    #expect(update(&state, .start(.cancelDelete)) == [])
    #expect(state.start.pendingDeletion == nil)
  }

  @Test func yesDeletesAndTheSelectionStaysInTheList() {
    var state = loaded()
    _ = update(&state, .start(.moveDown))
    _ = update(&state, .start(.moveDown))
    _ = update(&state, .start(.delete))
    #expect(update(&state, .start(.confirmDelete)) == [.deleteSession(id: "c")])
    #expect(state.start.pendingDeletion == nil)
    _ = update(&state, .result(.sessionsLoaded(Array(Fixture.entries.prefix(2)))))
    #expect(state.start.selection == 1)
  }

  @Test func newOpensAnEmptyFormAndEscKeepsTheDraft() {
    var state = loaded()
    _ = update(&state, .start(.new))
    #expect(state.screen == .newSession)
    #expect(state.newSession?.title.text == "")
    _ = update(&state, .newSession(.type("Draft")))
    _ = update(&state, .newSession(.cancel))
    #expect(state.screen == .start)
    _ = update(&state, .start(.new))
    #expect(state.newSession?.title.text == "Draft")
  }

  @Test func aFailedEffectShowsItsReasonUntilTheNextKey() {
    var state = loaded()
    _ = update(&state, .result(.failed("sessions/x.json: permission denied")))
    #expect(state.message == StatusMessage("sessions/x.json: permission denied", isError: true))
    _ = update(&state, .start(.moveDown))
    #expect(state.message == nil)
  }
}
