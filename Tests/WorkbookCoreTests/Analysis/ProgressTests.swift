import Testing

@testable import WorkbookCore

@Suite("Progress per step")
struct ProgressTests {
  @Test("Each step counts what a user has done in it")
  func progress() {
    var session = AnalysisFixtures.session(gatherings: ["3", "?", ""])
    // Scores count people who have finished, never answers: Person 1 has answered every item but
    // is still scoring; Person 2 has finished with an item unanswered.
    session.participants[0].scores["overall"] = .notApplicable
    session.participants[1].finishedScoring = true
    session.reflection["q1"] = ReflectionAnswer(text: "  ")
    session.reflection["q2"] = ReflectionAnswer(text: "Yes")
    session.reviews["r1"] = RecommendationReview(status: .tryNext)
    session.plan = [
      PlanRow(id: "a", cells: ["goal": "Meet monthly", "who": "Ana"]),
      PlanRow(id: "b", cells: ["goal": "Survey"]),
    ]
    let progress = SessionProgress(session: session, strategy: AnalysisFixtures.strategy)
    #expect(progress.scores == StepProgress(completed: 1, total: 3))
    #expect(progress.reflection == StepProgress(completed: 1, total: 2))
    #expect(progress.recommendations == StepProgress(completed: 1, total: 2))
    #expect(progress.plan == StepProgress(completed: 1, total: 2))
    // 1 of 3 people, 1 of 2 questions, 1 of 2 recommendations: 3 of 7.
    #expect(progress.overallPercent == 42)
  }

  /// A plan cell counts as filled in when it has a character that is not whitespace, however
  /// its bytes begin: read by bytes where they are ASCII, by characters otherwise.
  @Test(
    "A plan cell of spaces alone is not filled in",
    arguments: [
      "", " ", "\t\n", "\r\n", " a", "a", "\u{A0}", " \u{A0} ", "\u{2003}x", " \u{301}", "é",
      "\u{1F600}", " \u{0600}", "\u{3000}",
    ])
  func whitespaceCells(text: String) {
    var session = AnalysisFixtures.session(gatherings: ["3"])
    let columns = AnalysisFixtures.strategy.plan.columns.map(\.id)
    session.plan = [
      PlanRow(id: "a", cells: Dictionary(uniqueKeysWithValues: columns.map { ($0, text) }))
    ]
    let progress = SessionProgress(session: session, strategy: AnalysisFixtures.strategy)
    let filled = text.contains { !$0.isWhitespace }
    #expect(progress.plan == StepProgress(completed: filled ? 1 : 0, total: 1))
  }

  /// A plan row is counted by walking its cells, not by looking each column up: held here to
  /// the lookup on rows with missing, empty, blank and foreign cells, and columns named twice.
  @Test("A plan row is filled in exactly when every column has text")
  func filledInRows() {
    let columns = ["goal", "who", "by-when"]
    let texts: [String?] = [nil, "", " ", "x", "\u{A0}", "é"]
    var rows: [PlanRow] = []
    for goal in texts {
      for who in texts {
        for byWhen in texts {
          for foreign in [nil, "note"] as [String?] {
            var cells: [String: String] = [:]
            cells["goal"] = goal
            cells["who"] = who
            cells["by-when"] = byWhen
            cells["comment"] = foreign
            rows.append(PlanRow(id: "r\(rows.count)", cells: cells))
          }
        }
      }
    }
    for columnIDs in [columns, ["goal"], [], ["goal", "who", "by-when", "comment"]] {
      for row in rows {
        let lookedUp = columnIDs.allSatisfy { SessionProgress.hasText(row[$0]) }
        #expect(SessionProgress.isFilledIn(row, columnIDs: columnIDs) == lookedUp)
      }
    }
    // A column named twice in the content counts once.
    var strategy = AnalysisFixtures.strategy
    strategy.plan.columns.append(strategy.plan.columns[0])
    var session = AnalysisFixtures.session(gatherings: ["3"])
    session.plan = [
      PlanRow(
        id: "a",
        cells: Dictionary(
          uniqueKeysWithValues: AnalysisFixtures.strategy.plan.columns.map { ($0.id, "text") }))
    ]
    #expect(
      SessionProgress(session: session, strategy: strategy).plan
        == StepProgress(completed: 1, total: 1))
  }

  @Test("Answers to ids the content no longer has are reported, not dropped")
  func mismatches() {
    var session = AnalysisFixtures.session(gatherings: ["3"])
    session.participants[0].scores["retired-item"] = .score(2)
    session.reviews["gone"] = RecommendationReview(status: .tryNext)
    session.plan = [PlanRow(id: "a", cells: ["old-column": "x"], recommendationID: "r1")]
    #expect(
      ContentMismatch.find(in: session, against: AnalysisFixtures.strategy) == [
        ContentMismatch(kind: .planColumn, id: "old-column"),
        ContentMismatch(kind: .recommendation, id: "gone"),
        ContentMismatch(kind: .scoreItem, id: "retired-item"),
      ])
    #expect(session.participants[0].scores["retired-item"] == .score(2))
  }
}
