import Testing
import WorkbookCore

/// A summary over a small set of sessions whose figures are worked out by hand.
@Suite struct OrganizationsSummaryTests {
  static let strategy = ExportFixture.strategy
  /// Names, notes and plan text that must never reach a summary.
  static let secrets = [
    "Zelda Secretname", "Yorick Hidden", "Call Xavier on Monday", "Private note",
  ]

  static func session(
    _ id: String, organization: String, createdAt: String = "2026-06-01T00:00:00Z",
    mode: SessionMode = .workshop, revealed: Bool = true,
    strategyID: String = "online-contributors",
    scores: [[String: Int]], marks: [String: ReviewStatus] = [:], plan: [String?] = []
  ) -> Session {
    let participants = scores.enumerated().map { index, answers in
      Participant(
        id: "p\(index + 1)", name: index == 0 ? secrets[0] : secrets[1],
        scores: answers.mapValues { .score($0) }, finishedScoring: true)
    }
    return Session(
      id: id, title: id, organization: organization, createdAt: createdAt, mode: mode,
      participants: participants, strategyID: strategyID, contentVersion: "1",
      scoresRevealed: revealed,
      reviews: marks.mapValues { RecommendationReview(status: $0, note: secrets[3]) },
      plan: plan.enumerated().map { index, recommendation in
        PlanRow(
          id: "row-\(index + 1)", cells: ["who": secrets[2]], recommendationID: recommendation)
      })
  }

  /// Four organizations counted (A's later session, B, C, D alone) and four sessions left out.
  static let sessions = [
    session(
      "a-2025", organization: "Org A", createdAt: "2025-06-01T00:00:00Z",
      scores: [["gatherings": 1], ["gatherings": 1]]),
    session(
      "a-2026", organization: " org a ",
      scores: [["gatherings": 2, "overall": 4], ["gatherings": 4, "overall": 4]],
      marks: ["meetups": .tryNext, "case-studies": .tryNext], plan: ["meetups", nil]),
    session(
      "b", organization: "Org B",
      scores: [["gatherings": 1, "overall": 3], ["gatherings": 2, "overall": 3]],
      marks: ["meetups": .tryNext], plan: ["case-studies"]),
    session(
      "c", organization: "Org C", scores: [["gatherings": 4], ["gatherings": 5]],
      marks: ["mailing-list": .alreadyDoing]),
    session(
      "d", organization: "Org D", mode: .solo, revealed: false,
      scores: [["gatherings": 5, "overall": 2]],
      marks: ["case-studies": .tryNext, "meetups": .tryNext], plan: [nil, nil]),
    session(
      "e", organization: "Org E", revealed: false, scores: [["gatherings": 1], ["gatherings": 1]]),
    session("nobody", organization: "  ", scores: [["gatherings": 1], ["gatherings": 1]]),
    session("other", organization: "Org F", strategyID: "another", scores: [["gatherings": 1]]),
  ]

  @Test func theFiguresAreTheHandWorkedOnes() throws {
    let summary = OrganizationsSummary(sessions: Self.sessions, strategy: Self.strategy)
    #expect(summary.sessionsRead == 8)
    #expect(summary.organizations == 4)
    #expect(!summary.withheld)
    #expect(
      summary.leftOut
        == OrganizationsSummary.LeftOut(
          notRevealed: 1, noOrganization: 1, otherStrategy: 1, superseded: 1))
    // Gatherings: means 3 (A, split 2–4), 1.5 (B), 4.5 (C), 5 (D alone): median (3 + 4.5) / 2.
    let gatherings = summary.items[0]
    #expect(gatherings.organizations == 4)
    #expect(gatherings.medianOfMeans == 3.75)
    #expect(gatherings.meansInBands == [1, 0, 1, 2])
    #expect(gatherings.split == 1)
    // Overall: 4 (A), 3 (B), 2 (D); C gave none.
    let overall = summary.items[1]
    #expect(overall.organizations == 3)
    #expect(overall.medianOfMeans == 3)
    #expect(overall.meansInBands == [0, 1, 1, 1])
    #expect(overall.split == 0)
    #expect(summary.tryNext.map(\.recommendationID) == ["meetups", "case-studies"])
    #expect(summary.tryNext.map(\.organizations) == [3, 2])
    #expect(summary.alreadyDoing.map(\.recommendationID) == ["mailing-list"])
    #expect(summary.planThemes.map(\.themeID) == ["gatherings", "communication", "own"])
    #expect(summary.planThemes.map(\.organizations) == [1, 1, 2])
    #expect(summary.planThemes.map(\.rows) == [1, 1, 3])
  }

  @Test func anItemScoredByFewerOrganizationsThanTheMinimumShowsNoFigure() throws {
    let summary = OrganizationsSummary(
      sessions: Self.sessions, strategy: Self.strategy, minimum: 4)
    #expect(summary.items[0].medianOfMeans == 3.75)
    let overall = summary.items[1]
    #expect(overall.withheld)
    #expect(overall.organizations == nil && overall.medianOfMeans == nil)
    #expect(overall.meansInBands == nil && overall.split == nil)
    let markdown = SummaryExporter.markdown(summary)
    #expect(markdown.contains("| The strategy as a whole | fewer than 4 | withheld |"))
  }

  @Test(arguments: ["markdown", "csv", "json"])
  func belowTheMinimumNothingAboutTheGroupShows(format: String) throws {
    let small = Array(Self.sessions.prefix(3))  // A twice and B: two organizations
    let summary = OrganizationsSummary(sessions: small, strategy: Self.strategy)
    #expect(summary.withheld && summary.organizations == 2)
    let text = try Self.render(summary, format)
    for hidden in ["Hold", "Find", "1.5", "median", "Gatherings", "rows"] {
      #expect(!text.lowercased().contains(hidden.lowercased()), "\(format) shows \(hidden)")
    }
  }

  @Test(arguments: ["markdown", "csv", "json"])
  func noNameNoteOrPlanTextReachesAnyFormat(format: String) throws {
    let text = try Self.render(
      OrganizationsSummary(sessions: Self.sessions, strategy: Self.strategy, minimum: 1), format)
    for secret in Self.secrets { #expect(!text.contains(secret), "\(format) shows \(secret)") }
    #expect(!text.contains("Org A") && !text.contains("org a"), "no organization is named")
  }

  static func render(_ summary: OrganizationsSummary, _ format: String) throws -> String {
    switch format {
    case "csv": SummaryExporter.csv(summary, destination: .file)
    case "json": try SummaryExporter.json(summary)
    default: SummaryExporter.markdown(summary)
    }
  }
}
