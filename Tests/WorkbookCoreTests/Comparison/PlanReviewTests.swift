import Testing
import WorkbookCore

/// Reviewing the earlier plan: what each outcome does to the session, and how every export
/// carries the review.
@Suite struct PlanReviewTests {
  static let strategy = ExportFixture.strategy

  @Test func carryingARowAddsOneLinkedRowAndKeepsItWhenTheOutcomeChanges() {
    var session = ExportFixture.session()
    session.basedOn = EarlierSession(
      snapshot: SessionSnapshot(of: ExportFixture.earlierSession(), strategy: Self.strategy))
    session.reviewEarlierPlanRow("row-1", outcome: .carried, note: "again")
    #expect(session.plan.count == 3)
    let carried = session.plan[2]
    #expect(carried.id == "row-3")
    #expect(carried.carriedFrom == "row-1")
    #expect(carried.recommendationID == "meetups")
    #expect(carried["goal"] == ExportFixture.planGoal)
    session.reviewEarlierPlanRow("row-1", outcome: .carried, note: "again")
    #expect(session.plan.count == 3, "carrying twice adds no second row")
    session.plan[2]["goal"] = "Typed by the team"
    session.reviewEarlierPlanRow("row-1", outcome: .inProgress, note: "half done")
    #expect(session.plan.count == 3 && session.plan[2]["goal"] == "Typed by the team")
    #expect(
      session.basedOn?.review(ofRow: "row-1")
        == PlanRowReview(outcome: .inProgress, note: "half done"))
    #expect(session.basedOn?.review(ofRow: "row-2").outcome == .notReviewed)
  }

  @Test func aRowTheEarlierPlanDoesNotHaveOrASessionNotBasedOnOneChangesNothing() {
    var plain = ExportFixture.session()
    plain.reviewEarlierPlanRow("row-1", outcome: .carried)
    #expect(plain == ExportFixture.session())
    var based = ExportFixture.basedOnSession()
    let before = based
    based.reviewEarlierPlanRow("no-such-row", outcome: .done)
    #expect(based == before)
  }

  @Test(arguments: [ExportFormat.markdown, .wikitext, .json])
  func everyReportFormatCarriesEachOutcomeAndNote(format: ExportFormat) throws {
    var session = ExportFixture.basedOnSession()
    session.reviewEarlierPlanRow("row-2", outcome: .done, note: "Newsletter runs monthly")
    let text = try SessionExporter.export(session, strategy: Self.strategy, format: format)
    #expect(text.contains("Newsletter runs monthly"))
    #expect(text.contains(format == .json ? "\"carried\"" : "Carried into the new plan"))
    #expect(text.contains(format == .json ? "\"done\"" : "Done"))
  }

  @Test func thePlanReviewCSVHasARowPerEarlierRowWithItsOutcome() throws {
    var session = ExportFixture.basedOnSession()
    session.reviewEarlierPlanRow("row-2", outcome: .inProgress, note: "halfway")
    let csv = try SessionExporter.export(
      session, strategy: Self.strategy, format: .csv, options: ExportOptions(csvTable: .planReview))
    let lines = csv.split(separator: "\r\n", omittingEmptySubsequences: false)
    #expect(lines.last == "")
    #expect(lines[lines.count - 2] == "2,Start a newsletter,'=1+1,,,,in-progress,halfway,")
    #expect(csv.contains(",carried,Still worth it,3\r\n"))
  }

  @Test func theComparisonInAnExportBeforeTheRevealHoldsNoFigureOfTheNewSession() throws {
    let hidden = ExportFixture.basedOnSession(revealed: false)
    for format in ExportFormat.allCases {
      for table in [CSVTable.comparison, .scores] where format == .csv || table == .scores {
        let text = try SessionExporter.export(
          hidden, strategy: Self.strategy, format: format, options: ExportOptions(csvTable: table))
        // The new session's means (3.33 and 4.5) appear nowhere; the earlier ones may.
        #expect(!text.contains("3.33") && !text.contains("4.5"), "\(format) \(table)")
      }
    }
  }
}
