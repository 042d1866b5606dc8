import Testing
import WorkbookCore

/// What a reader of an export notices: nothing missing, nothing named that should not be, the
/// same bytes every time.
@Suite struct ExportReportTests {
  static func export(
    _ session: Session, _ format: ExportFormat, table: CSVTable = .scores,
    generatedAt: String? = nil
  ) throws -> String {
    try SessionExporter.export(
      session, strategy: ExportFixture.strategy, format: format,
      options: ExportOptions(generatedAt: generatedAt, csvTable: table))
  }

  static let everyExport: [(ExportFormat, CSVTable)] = [
    (.markdown, .scores), (.wikitext, .scores), (.csv, .scores), (.csv, .plan), (.json, .scores),
  ]

  @Test func anAnonymousSessionNamesNoOneInAnyFormat() throws {
    for (format, table) in Self.everyExport {
      let text = try Self.export(ExportFixture.session(anonymous: true), format, table: table)
      for name in ExportFixture.names {
        for part in name.split(separator: " ") where part.count > 2 {
          #expect(!text.contains(part), "\(format) \(table) holds \"\(part)\" of \(name)")
        }
      }
      if format != .csv || table == .scores {
        #expect(text.contains("Participant 4"), "\(format) \(table)")
      }
    }
  }

  @Test func theSameSessionExportsTheSameBytesUnlessAskedForATime() throws {
    for (format, table) in Self.everyExport {
      let first = try Self.export(ExportFixture.session(), format, table: table)
      #expect(try Self.export(ExportFixture.session(), format, table: table) == first)
      #expect(!first.contains("2030-01-01T00:00:00Z"))
    }
    for format in [ExportFormat.markdown, .wikitext, .json] {
      let stamped = try Self.export(
        ExportFixture.session(), format, generatedAt: "2030-01-01T00:00:00Z")
      #expect(stamped.contains("2030-01-01T00:00:00Z"), "\(format)")
    }
  }

  @Test func unansweredPartsAreSaidToBeUnanswered() throws {
    var session = ExportFixture.session()
    session.reflection = [:]
    session.reviews = [:]
    session.plan = []
    for participant in session.participants.indices {
      session.participants[participant].scores = [:]
    }
    let markdown = try Self.export(session, .markdown)
    #expect(markdown.components(separatedBy: "*Not answered yet.*").count - 1 == 3)
    #expect(markdown.contains("0 of 4 recommendations reviewed."))
    #expect(markdown.contains("### Not reviewed (4)"))
    #expect(markdown.contains("*No plan rows yet.*"))
    #expect(markdown.contains("Scored by 0 of 4; don't know: 0; not applicable: 0; unanswered: 4."))
    #expect(markdown.components(separatedBy: "*No scores yet.*").count - 1 == 2)
    #expect(!markdown.contains("| Mean |"))
    let wikitext = try Self.export(session, .wikitext)
    #expect(wikitext.components(separatedBy: "''Not answered yet.''").count - 1 == 3)
  }

  @Test func recommendationsComeGroupedByStatusAndOrderedByPriority() throws {
    let markdown = try Self.export(ExportFixture.session(), .markdown)
    let order = [
      "### Try next (2)", "Find {{examples}}", "Hold \\[\\[meetups", "### Already doing (1)",
      "Start a mailing list", "### Not reviewed (1)", "Run edit-a-thons",
    ]
    let positions = order.map { markdown.range(of: $0)?.lowerBound }
    #expect(positions.allSatisfy { $0 != nil })
    #expect(positions.compactMap { $0 } == positions.compactMap { $0 }.sorted())
  }

  @Test func scoresStayHiddenInAWorkshopUntilRevealed() throws {
    var session = ExportFixture.session()
    session.scoresRevealed = false
    session.participants[3].finishedScoring = false
    let markdown = try Self.export(session, .markdown)
    #expect(
      markdown.contains("*The scores are not revealed yet: 3 of 4 participants have finished"))
    #expect(!markdown.contains("| Mean |"))
    #expect(!markdown.contains("████"))
  }

  @Test func theLowestAndHighestScorersAreNamedWhereTheTeamSplit() throws {
    let markdown = try Self.export(ExportFixture.session(), .markdown)
    #expect(
      markdown.contains(
        "**Lowest:** Ana \\| Lopez (2). **Highest:** Bo &lt;b&gt;Bold&lt;/b&gt; {{Sig}}, "
          + "Chen 陈 \\[\\[User:Chen\\]\\] (4)."))
    let anonymous = try Self.export(ExportFixture.session(anonymous: true), .markdown)
    #expect(!anonymous.contains("**Lowest:**"))
  }

  @Test func answersTheContentNoLongerHasAreReportedNotDropped() throws {
    var session = ExportFixture.session()
    session.reflection["gone-question"] = ReflectionAnswer(text: "Kept answer")
    session.participants[0].scores["gone-item"] = .score(3)
    let markdown = try Self.export(session, .markdown)
    #expect(markdown.contains("## Answers the content no longer has"))
    #expect(markdown.contains("| reflection question \"gone-question\" | Kept answer |"))
    #expect(markdown.contains("| score item \"gone-item\" | Ana \\| Lopez: 3 |"))
    let csv = try Self.export(session, .csv)
    #expect(csv.contains("Ana | Lopez,gone-item,3,,,CC BY-SA 4.0 \(Self.licenceURL)\r\n"))
  }

  @Test func csvScoresHaveARowPerParticipantAndItem() throws {
    let csv = try Self.export(ExportFixture.session(), .csv)
    #expect(csv.hasPrefix("participant,item,score,item_title,item_origin,licence\r\n"))
    #expect(csv.components(separatedBy: "\r\n").count - 2 == 4 * 2)
    // Each row says its item is the workbook's own, and the content's licence with its address.
    let own = "this workbook's own,CC BY-SA 4.0 \(Self.licenceURL)"
    #expect(csv.contains("דנה,gatherings,?,Gatherings | online & offline,\(own)\r\n"))
    #expect(csv.contains("דנה,overall,,The strategy as a whole,\(own)\r\n"))
    #expect(csv.contains("Chen 陈 [[User:Chen]],overall,na,The strategy as a whole,\(own)\r\n"))
  }

  static let licenceURL = "https://creativecommons.org/licenses/by-sa/4.0/"

  @Test func everyExportCarriesTheLicencesAddressAndMarksTheWorkbooksOwn() throws {
    for (format, table) in Self.everyExport {
      let text = try Self.export(ExportFixture.session(), format, table: table)
      #expect(text.contains(Self.licenceURL), "\(format) \(table)")
      #expect(text.contains("workbook's own"), "\(format) \(table)")
    }
  }
}
