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
}
