import Testing
import WorkbookCore

/// Far more participants than a workshop has (a session file may hold any number): the report and
/// its analysis are built in one pass over them. Quadratic work here took minutes at 100,000
/// participants; at 20,000 it would still take far longer than this suite (Benchmarks/ records
/// the time at 100,000).
@Suite struct LargeSessionTests {
  static let count = 20_000

  /// Everyone scores every item; half give 1 and half 5, so every item splits the team and the
  /// report names the lowest and highest scorers: 10,000 of each.
  static func session(anonymous: Bool) -> Session {
    let strategy = AnalysisFixtures.strategy
    let participants = (0..<count).map { index in
      Participant(
        id: "p\(index + 1)", name: "Person \(index + 1)",
        scores: Dictionary(
          uniqueKeysWithValues: strategy.scoreItems.map { ($0.id, .score(index % 2 == 0 ? 1 : 5)) }),
        finishedScoring: true)
    }
    return Session(
      id: "large", title: "Large", createdAt: "2026-11-25T00:00:00Z", participants: participants,
      anonymous: anonymous, strategyID: strategy.id, contentVersion: "1", scoresRevealed: true)
  }

  @Test func theReportNamesEveryLowestAndHighestScorer() throws {
    let report = try SessionExporter.export(
      Self.session(anonymous: false), strategy: AnalysisFixtures.strategy, format: .markdown)
    let lowest = try #require(report.split(separator: "\n").first { $0.hasPrefix("**Lowest:**") })
    #expect(lowest.hasPrefix("**Lowest:** Person 1, Person 3, Person 5, "))
    #expect(lowest.contains("Person 19999 (1). **Highest:** Person 2, Person 4, "))
    #expect(lowest.hasSuffix("Person 20000 (5)."))
  }

  @Test func anAnonymousReportAndCSVNumberEveryone() throws {
    let session = Self.session(anonymous: true)
    let report = try SessionExporter.export(
      session, strategy: AnalysisFixtures.strategy, format: .markdown)
    #expect(report.contains("- Participant 20000\n"))
    let csv = try SessionExporter.export(
      session, strategy: AnalysisFixtures.strategy, format: .csv)
    let lastRow = csv.split(separator: "\r\n").last.map(String.init) ?? ""
    #expect(
      lastRow.hasPrefix(
        "Participant 20000,\(AnalysisFixtures.strategy.scoreItems.last!.id),5,"
          + "\(AnalysisFixtures.strategy.scoreItems.last!.title),"))
  }
}
