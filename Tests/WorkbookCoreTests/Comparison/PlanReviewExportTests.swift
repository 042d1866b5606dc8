import Testing
import WorkbookCore

/// How every export carries the review of the earlier plan, and the comparison before the reveal.
@Suite struct PlanReviewExportTests {
  static let strategy = ExportFixture.strategy

  @Test(arguments: [ExportFormat.markdown, .wikitext, .json])
  func everyReportFormatCarriesEachOutcomeAndNote(format: ExportFormat) throws {
    var session = ExportFixture.basedOnSession()
    session.basedOn?.planReview["row-2"] = PlanRowReview(
      outcome: .done, note: "Newsletter runs monthly")
    let text = try SessionExporter.export(session, strategy: Self.strategy, format: format)
    #expect(text.contains("Newsletter runs monthly"))
    #expect(text.contains(format == .json ? "\"carried\"" : "Carried into the new plan"))
    #expect(text.contains(format == .json ? "\"done\"" : "Done"))
  }

  @Test func thePlanReviewCSVHasARowPerEarlierRowWithItsOutcome() throws {
    var session = ExportFixture.basedOnSession()
    session.basedOn?.planReview["row-2"] = PlanRowReview(outcome: .inProgress, note: "halfway")
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
