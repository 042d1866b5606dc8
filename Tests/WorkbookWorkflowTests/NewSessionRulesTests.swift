import Testing
import WorkbookCore
import WorkbookWorkflow

/// What a new session must have, for every front end.
@Suite struct NewSessionRulesTests {
  private func problems(
    title: String = "Spring workshop", organization: String = "", mode: SessionMode = .workshop,
    names: [String] = ["Ana", "Bo"]
  ) -> [NewSessionProblem] {
    NewSessionRules.problems(
      title: title, organization: organization, mode: mode, participantNames: names)
  }

  @Test func aTitleAndDistinctNamesAreEnough() {
    #expect(problems() == [])
    #expect(problems(mode: .solo, names: ["Ana"]) == [])
  }

  @Test func everyProblemIsNamedInTheOrderAPersonFixesThem() {
    #expect(
      problems(
        title: "   ", organization: "WM\u{202E}NO", mode: .solo, names: ["Ana", "ana", ""])
        == [
          .emptyTitle, .forbiddenCharacter(in: .organization), .emptyName(2),
          .duplicateName(1, name: "ana"), .soloWithMoreThanOne(count: 3),
        ])
  }

  @Test func aNameWithAControlCharacterIsNamedByItsPlace() {
    #expect(problems(names: ["Ana", "Bo\u{1B}[2J"]) == [.forbiddenCharacter(in: .participant(1))])
  }

  @Test func aSessionNeedsSomeoneAndAtMostThirty() {
    #expect(problems(names: []) == [.noParticipants])
    let many = (1...31).map { "Person \($0)" }
    #expect(problems(names: many) == [.tooManyParticipants(count: 31)])
    #expect(problems(names: Array(many.prefix(30))) == [])
  }

  @Test func participantsAreNumberedInScoringOrder() {
    #expect(
      NewSessionRules.participants(["Chen", "Ana"]) == [
        Participant(id: "p1", name: "Chen"), Participant(id: "p2", name: "Ana"),
      ])
  }

  @Test func typedTextIsTrimmedOfSpacesTabsAndLineBreaksAtEitherEndOnly() {
    #expect(" \tAna  Lund\n".trimmingSpaces() == "Ana  Lund")
    #expect(" \n ".trimmingSpaces() == "")
  }

  @Test func aRequestMakesASessionOfItsOwnOrOneBasedOnTheEarlierSession() throws {
    var request = NewSessionRequest(
      title: "Spring workshop", organization: "Wikimedia Norge", mode: .workshop,
      participantNames: ["Ana", "Bo"], anonymous: true, strategyID: WorkflowFixture.strategy.id)
    let own = try request.draft(strategy: WorkflowFixture.strategy, earlier: nil)
    #expect(own.participants.map(\.id) == ["p1", "p2"])
    #expect(own.anonymous && own.basedOn == nil)
    #expect(own.contentVersion == WorkflowFixture.strategy.version)
    request.basedOnID = "last-year"
    request.participantNames = []
    let based = try request.draft(
      strategy: WorkflowFixture.strategy, earlier: WorkflowFixture.lastYear())
    #expect(based.basedOn?.snapshot.id == "last-year")
    #expect(based.participants.map(\.name) == ["Ana", "Bo", "Chen"])
  }
}
