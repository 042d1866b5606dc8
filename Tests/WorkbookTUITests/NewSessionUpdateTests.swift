import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

@Suite struct NewSessionUpdateTests {
  private func form() -> AppState {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .result(.sessionsLoaded([])))
    _ = update(&state, .start(.new))
    return state
  }

  private func send(_ state: inout AppState, _ actions: NewSessionAction...) -> [Effect] {
    var effects: [Effect] = []
    for action in actions { effects = update(&state, .newSession(action)) }
    return effects
  }

  /// Moves the focus to the first participant: title, organization, mode, anonymous, strategy.
  private func toParticipants(_ state: inout AppState) {
    for _ in 0..<5 { _ = update(&state, .newSession(.nextField)) }
  }

  @Test func typingEditsAtTheCursorByWholeCharacters() {
    var state = form()
    _ = send(&state, .type("Ané陳"), .cursorLeft, .cursorLeft, .type("x"))
    #expect(state.newSession?.title.text == "Anxé陳")
    _ = send(&state, .deleteBackward, .deleteForward)
    #expect(state.newSession?.title.text == "An陳")
    _ = send(&state, .cursorHome, .type("🙂"), .cursorEnd, .type("!"))
    #expect(state.newSession?.title.text == "🙂An陳!")
    #expect(state.newSession?.title.cursor == 5)
  }

  @Test func wordMovesSkipSpacesAndStopAtWordEdges() {
    var state = form()
    _ = send(&state, .type("Spring  東京 workshop"), .wordLeft)
    #expect(state.newSession?.title.cursor == 11)
    _ = send(&state, .wordLeft, .wordLeft, .wordLeft)
    #expect(state.newSession?.title.cursor == 0)
    _ = send(&state, .wordRight)
    #expect(state.newSession?.title.cursor == 6)
    _ = send(&state, .wordRight)
    #expect(state.newSession?.title.cursor == 10)
  }

  @Test func aCombiningAccentIsOneCharacter() {
    var state = form()
    _ = send(&state, .type("Rene\u{301}"), .deleteBackward)
    #expect(state.newSession?.title.text == "Ren")
  }

  @Test func pastedLineBreaksBecomeSpaces() {
    var state = form()
    let action = Keymap.action(for: .paste("Spring\nworkshop"), in: state)
    #expect(action == .newSession(.type("Spring\nworkshop")))
    _ = update(&state, action!)
    #expect(state.newSession?.title.text == "Spring workshop")
  }

  @Test func lettersTypeInTextFieldsButQuitElsewhere() {
    var state = form()
    #expect(Keymap.action(for: .character("q"), in: state) == .newSession(.type("q")))
    #expect(Keymap.action(for: .character("?"), in: state) == .newSession(.type("?")))
    _ = send(&state, .nextField, .nextField)
    #expect(state.newSession?.focus == .mode)
    #expect(Keymap.action(for: .character("q"), in: state) == .quit)
    #expect(Keymap.action(for: .control("c"), in: state) == .interrupt)
  }

  @Test func choicesChangeWithTheArrows() {
    var state = form()
    _ = send(&state, .nextField, .nextField, .nextChoice)
    #expect(state.newSession?.mode == .solo)
    _ = send(&state, .previousChoice)
    #expect(state.newSession?.mode == .workshop)
    _ = send(&state, .nextField, .nextChoice)
    #expect(state.newSession?.anonymous == true)
  }

  @Test func enterOnTheLastNamedParticipantAddsAnother() {
    var state = form()
    toParticipants(&state)
    _ = send(&state, .type("Ana"), .enter, .type("Bo"), .enter)
    #expect(state.newSession?.participants.map(\.text) == ["Ana", "Bo", ""])
    #expect(state.newSession?.focus == .participant(2))
    // On the empty one, Enter means the list is done.
    _ = send(&state, .enter)
    #expect(state.newSession?.participants.count == 3)
    #expect(state.newSession?.focus == .create)
  }

  @Test func removingTakesTheFocusedParticipantButNeverTheLast() {
    var state = form()
    toParticipants(&state)
    _ = send(&state, .type("Ana"), .addParticipant, .type("Bo"), .cursorHome)
    _ = send(&state, .previousField, .removeParticipant)
    #expect(state.newSession?.participants.map(\.text) == ["Bo"])
    #expect(state.newSession?.focus == .participant(0))
    _ = send(&state, .removeParticipant)
    #expect(state.newSession?.participants.map(\.text) == ["Bo"])
  }

  @Test func noMoreThanThirtyParticipants() {
    var state = form()
    toParticipants(&state)
    for _ in 0..<40 { _ = send(&state, .addParticipant) }
    #expect(state.newSession?.participants.count == Session.maximumParticipants)
  }

  @Test func aMissingTitleStopsCreationAndTakesTheFocusThere() {
    var state = form()
    toParticipants(&state)
    _ = send(&state, .type("Ana"))
    let effects = send(&state, .nextField, .nextField, .enter)
    #expect(effects == [])
    #expect(state.newSession?.problem?.field == .title)
    #expect(state.newSession?.problem?.message == "Give the session a title.")
    #expect(state.newSession?.focus == .title)
    #expect(state.newSession?.participants.map(\.text) == ["Ana"])
  }

  @Test func aPastedDirectionOverrideIsRefusedInTheFieldThatHoldsIt() {
    var state = form()
    _ = send(&state, .type("Workshop"))
    toParticipants(&state)
    _ = send(&state, .type("Ana"), .enter, .type("Bo\u{202E}dlareg"), .nextField, .nextField)
    #expect(send(&state, .enter) == [])
    #expect(state.newSession?.problem?.field == .participant(1))
    #expect(
      state.newSession?.problem?.message
        == "Participant 2's name holds a text direction override (U+202E); type it without it.")
    #expect(state.newSession?.focus == .participant(1))
    #expect(state.newSession?.participants.map(\.text) == ["Ana", "Bo\u{202E}dlareg"])
  }

  @Test func twoPeopleWithOneNameAreRefused() {
    var state = form()
    _ = send(&state, .type("Workshop"))
    toParticipants(&state)
    _ = send(&state, .type("Ana"), .enter, .type(" ana "), .nextField, .nextField)
    #expect(send(&state, .enter) == [])
    #expect(state.newSession?.problem?.field == .participant(1))
  }

  @Test func createSendsTheTrimmedRequest() {
    var state = form()
    _ = send(&state, .type("  Spring workshop "), .nextField, .type("WMNO"))
    _ = send(&state, .nextField, .nextField, .nextChoice, .nextField, .nextField)
    _ = send(&state, .type("Ana"), .enter, .type("Bo"), .enter, .enter)
    #expect(state.newSession?.focus == .create)
    let effects = send(&state, .enter)
    #expect(
      effects == [
        .createSession(
          NewSessionRequest(
            title: "Spring workshop", organization: "WMNO", mode: .workshop,
            participantNames: ["Ana", "Bo"], anonymous: true, strategyID: Fixture.strategy.id))
      ])
  }

  @Test func soloUsesOnlyTheFirstNameButKeepsTheOthers() {
    var state = form()
    _ = send(&state, .type("Me"))
    toParticipants(&state)
    _ = send(&state, .type("Ana"), .enter, .type("Bo"))
    _ = send(&state, .previousField, .previousField, .previousField, .previousField)
    #expect(state.newSession?.focus == .mode)
    _ = send(&state, .nextChoice, .previousField, .previousField, .previousField)
    #expect(state.newSession?.focus == .create)
    #expect(
      send(&state, .enter).first
        == .createSession(
          NewSessionRequest(
            title: "Me", organization: "", mode: .solo, participantNames: ["Ana"], anonymous: false,
            strategyID: Fixture.strategy.id)))
    #expect(state.newSession?.participants.map(\.text) == ["Ana", "Bo"])
  }

  @Test func theOpenedSessionReplacesTheForm() {
    var state = form()
    _ = update(&state, .result(.sessionOpened(Fixture.session())))
    #expect(state.screen == .workbook)
    #expect(state.newSession == nil)
    #expect(state.workbook?.step == .overview)
    #expect(state.save == .unchanged)
  }

  @Test func aSessionOfAnUnknownStrategyIsNotOpened() {
    var state = AppState(strategies: [])
    _ = update(&state, .result(.sessionOpened(Fixture.session())))
    #expect(state.screen == .start)
    #expect(state.workbook == nil)
    #expect(state.message?.text.contains("online-contributors") == true)
  }
}
