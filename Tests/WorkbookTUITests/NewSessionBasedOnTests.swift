import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookTUI

/// The new-session form's choice of an earlier session to start from.
@Suite struct NewSessionBasedOnTests {
  private func form(_ entries: [SessionListEntry] = Fixture.earlierEntries) -> AppState {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .result(.sessionsLoaded(entries)))
    _ = update(&state, .start(.new))
    return state
  }

  private func send(_ state: inout AppState, _ actions: NewSessionAction...) -> [Effect] {
    var effects: [Effect] = []
    for action in actions { effects = update(&state, .newSession(action)) }
    return effects
  }

  /// Title, organization, mode, anonymous, strategy, then the earlier session.
  private func toBasedOn(_ state: inout AppState) {
    for _ in 0..<5 { _ = update(&state, .newSession(.nextField)) }
    #expect(state.newSession?.focus == .basedOn)
  }

  @Test func theChoiceShowsOnlyWhenTheFolderHasASessionOfTheStrategy() {
    let state = form(Fixture.entries)
    #expect(state.newSession?.fields.contains(.basedOn) == false)
    #expect(!render(state, width: 80, height: 24).lines.joined().contains("Based on"))
  }

  @Test func choosingOneCarriesItsOrganizationModeAndParticipants() {
    var state = form()
    toBasedOn(&state)
    // Once the first is chosen, its organization narrows the choice: the next is None, which
    // takes the organization it filled in away again, so every organization's are offered.
    _ = send(&state, .nextChoice, .nextChoice)
    #expect(state.newSession?.basedOnID == nil)
    #expect(state.newSession?.organization.text == "")
    _ = send(&state, .previousChoice)
    #expect(state.newSession?.basedOnID == "other-org")
    #expect(state.newSession?.organization.text == "Wikimedia Deutschland")
    #expect(state.newSession?.mode == .solo)
    #expect(state.newSession?.participants.map(\.text) == ["Chen"])
  }

  @Test func onlyTheTypedOrganizationsSessionsOfTheStrategyAreOffered() {
    var state = form()
    _ = send(&state, .nextField, .type("wikimedia norge"))
    #expect(state.newSession?.basedOnChoices.map(\.id) == ["last-year"])
    for _ in 0..<4 { _ = send(&state, .nextField) }
    _ = send(&state, .nextChoice)
    #expect(state.newSession?.basedOnID == "last-year")
    // The organization typed stays as typed.
    #expect(state.newSession?.organization.text == "wikimedia norge")
    _ = send(&state, .nextChoice)
    #expect(state.newSession?.basedOnID == nil)
  }

  @Test func participantsTypedBeforeChoosingAreKeptAndEditable() {
    var state = form()
    for _ in 0..<6 { _ = send(&state, .nextField) }
    _ = send(&state, .type("Dana"))
    _ = send(&state, .previousField, .nextChoice)
    #expect(state.newSession?.basedOnID == "last-year")
    #expect(state.newSession?.participants.map(\.text) == ["Dana"])
    #expect(state.newSession?.organization.text == "Wikimedia Norge")
  }

  @Test func createAsksForASessionBasedOnTheEarlierOneWithTheEditedParticipants() {
    var state = form()
    _ = send(&state, .type("Workshop 2026"))
    toBasedOn(&state)
    _ = send(&state, .nextChoice, .nextField, .nextField, .cursorEnd, .type("rit"))
    #expect(state.newSession?.focus == .participant(1))
    _ = send(&state, .nextField, .nextField)
    #expect(state.newSession?.focus == .create)
    #expect(
      send(&state, .enter) == [
        .createSession(
          NewSessionRequest(
            title: "Workshop 2026", organization: "Wikimedia Norge", mode: .workshop,
            participantNames: ["Ana", "Borit"], anonymous: false, strategyID: Fixture.strategy.id,
            basedOnID: "last-year"))
      ])
  }

  @Test func anotherOrganizationTypedAfterChoosingStopsCreationAtTheChoice() {
    var state = form()
    _ = send(&state, .type("Workshop 2026"))
    toBasedOn(&state)
    _ = send(&state, .nextChoice)
    for _ in 0..<4 { _ = send(&state, .previousField) }
    _ = send(&state, .cursorEnd, .type(" Øst"))
    #expect(state.newSession?.organization.text == "Wikimedia Norge Øst")
    state.newSession?.focus = .create
    #expect(send(&state, .enter) == [])
    #expect(state.newSession?.focus == .basedOn)
    #expect(
      state.newSession?.problem?.message
        == "The earlier session chosen is another organization's: choose one of this one's, or None."
    )
    #expect(state.newSession?.participants.map(\.text) == ["Ana", "Bo"])
  }

  @Test func theFormShowsTheEarlierSessionsTitleAndNothingOfItsScores() {
    var state = form()
    _ = send(&state, .type("Workshop 2026"))
    toBasedOn(&state)
    _ = send(&state, .nextChoice)
    assertSnapshots(state, "new-session-based-on")
  }
}
