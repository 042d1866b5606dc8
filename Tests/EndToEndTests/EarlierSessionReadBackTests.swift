import Foundation
import Testing
import WorkbookCore

/// The exports of a session based on an earlier one read back by a CSV reader and a JSON decoder:
/// the comparison and the plan review come out with the values the session holds, hostile text
/// as typed.
@Suite struct EarlierSessionReadBackTests {
  typealias Fixture = ExportFixture

  static func readBackCSV(_ table: CSVTable) throws -> [[String]] {
    let csv = try SessionExporter.export(
      Fixture.basedOnSession(), strategy: Fixture.strategy, format: .csv,
      options: ExportOptions(csvTable: table, csvFormulaGuard: false))
    let json = try ExportTools.run("python3", ["-c", ExportReadBackTests.readCSV], input: csv)
    return try JSONDecoder().decode([[String]].self, from: Data(json.utf8))
  }

  @Test(.enabled(if: ExportTools.shouldRun("python3"), "python3 is not installed"))
  func thePlanReviewCSVReadsBackWithEveryOutcomeAndNote() throws {
    #expect(
      try Self.readBackCSV(.planReview) == [
        [
          "earlier_row", "Goal", "Actions", "Who", "By when", "How we will know", "outcome",
          "note", "carried_into_row",
        ],
        ["1", Fixture.planGoal, "", Fixture.planWho, "", "", "carried", "Still worth it", "3"],
        ["2", "Start a newsletter", "=1+1", "", "", "", "dropped", Fixture.recommendationNote, ""],
      ])
  }

  @Test(.enabled(if: ExportTools.shouldRun("python3"), "python3 is not installed"))
  func theComparisonCSVReadsBackWithTheHandWorkedFigures() throws {
    // Gatherings 1, 2, 2 then and 2, 4, 4 now; overall 5, 5 then and 4, 5 now.
    #expect(
      try Self.readBackCSV(.comparison) == [
        [
          "item", "item_title", "mean_then", "mean_now", "agreement_then", "agreement_now",
          "change", "note",
        ],
        [
          "gatherings", "Gatherings | online & offline", "1.67", "3.33", "consensus", "variance",
          "rose", "rose from 1.67 to 3.33; newly split",
        ],
        [
          "overall", "The strategy as a whole", "5", "4.5", "consensus", "consensus", "fell",
          "fell from 5 to 4.5",
        ],
      ])
  }

  @Test func theJSONDecodesBackToTheSameEarlierSessionReviewAndComparison() throws {
    let session = Fixture.basedOnSession()
    let json = try SessionExporter.export(session, strategy: Fixture.strategy, format: .json)
    let document = try JSONDecoder().decode(SessionExportDocument.self, from: Data(json.utf8))
    #expect(document.session.basedOn == session.basedOn)
    #expect(document.session.basedOn?.review(ofRow: "row-2").outcome == .dropped)
    #expect(document.session.plan.last?.carriedFrom == "row-1")
    #expect(document.comparison == session.comparisonWithEarlier(strategy: Fixture.strategy))
  }
}
