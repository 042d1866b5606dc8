import Testing
import WorkbookCore
import WorkbookWorkflow

/// The rule, shared by the command line and the full-screen form, that starts a session from the
/// same organization's earlier one.
@Suite struct SessionBasedOnEarlierTests {
  private let lastYear = WorkflowFixture.lastYear()

  @Test func carriesTheParticipantsAndOrganizationButNoAnswer() throws {
    let draft = try SessionBasedOnEarlier.draft(
      from: lastYear, strategy: WorkflowFixture.strategy, title: "  Workshop 2026 ")
    #expect(draft.title == "Workshop 2026")
    #expect(draft.organization == "Wikimedia Norge")
    #expect(draft.participants.map(\.name) == ["Ana", "Bo", "Chen"])
    #expect(draft.participants.map(\.id) == ["p1", "p2", "p3"])
    #expect(draft.participants.allSatisfy { $0.scores.isEmpty && !$0.finishedScoring })
    #expect(!draft.scoresRevealed)
    #expect(draft.plan.isEmpty)
    #expect(draft.basedOn?.snapshot.plan.map(\.id) == ["row-1", "row-2"])
    #expect(draft.basedOn?.planReview == [:])
  }

  @Test func namesGivenReplaceTheEarlierOnes() throws {
    let draft = try SessionBasedOnEarlier.draft(
      from: lastYear, strategy: WorkflowFixture.strategy, title: "Check-in",
      organization: "wikimedia norge",
      mode: .solo, participantNames: ["Dana"])
    #expect(draft.participants.map(\.name) == ["Dana"])
    #expect(draft.mode == .solo)
    // The earlier session's spelling of the organization is kept.
    #expect(draft.organization == "Wikimedia Norge")
  }

  @Test func refusesAnotherOrganizationStrategyOrASoloOfSeveral() {
    #expect(
      throws: SessionBasedOnEarlier.Refusal.otherOrganization(
        earlier: "Wikimedia Norge", given: "Wikimedia Sverige")
    ) {
      try SessionBasedOnEarlier.draft(
        from: lastYear, strategy: WorkflowFixture.strategy, title: "T",
        organization: "Wikimedia Sverige")
    }
    #expect(
      throws: SessionBasedOnEarlier.Refusal.otherStrategy(
        earlier: WorkflowFixture.strategy.id, asked: "partnerships")
    ) {
      try SessionBasedOnEarlier.draft(
        from: lastYear, strategy: WorkflowFixture.strategy, title: "T", strategyID: "partnerships")
    }
    #expect(throws: SessionBasedOnEarlier.Refusal.strategyNotInContent(WorkflowFixture.strategy.id))
    {
      try SessionBasedOnEarlier.draft(from: lastYear, strategy: nil, title: "T")
    }
    #expect(throws: SessionBasedOnEarlier.Refusal.soloWithSeveral(count: 3)) {
      try SessionBasedOnEarlier.draft(
        from: lastYear, strategy: WorkflowFixture.strategy, title: "T", mode: .solo)
    }
  }
}
