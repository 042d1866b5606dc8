import Foundation
import Testing
import WorkbookCore

/// The exports of the hostile fixture read back by the parsers their readers use: cmark-gfm for
/// Markdown, pandoc for wikitext, Python's csv module for CSV, a JSON decoder for JSON. The tables
/// come out with the expected rows and cells, the user's text comes out as typed, and no text of
/// theirs turns into HTML, links, code, templates or any other markup.
@Suite struct ExportReadBackTests {
  typealias Fixture = ExportFixture

  static func export(
    _ format: ExportFormat, table: CSVTable = .scores, anonymous: Bool = false, raw: Bool = false
  ) throws -> String {
    try SessionExporter.export(
      Fixture.session(anonymous: anonymous), strategy: Fixture.strategy, format: format,
      options: ExportOptions(csvTable: table, csvFormulaGuard: !raw))
  }

  static let source = "https://meta.wikimedia.org/wiki/Grants:Learning_patterns/Example"
  static let recommendationHeader = ["Recommendation", "Area", "Priority", "Note"]

  /// The six tables both reports hold, cell by cell, as a reader sees them.
  static let expectedTables: [[[String]]] = [
    [
      ["Mean", "Median", "Spread", "Band", "Agreement", "Distribution"],
      ["3.33", "4", "2 (2 to 4)", "Low", "Variance", "1: 0 · 2: 1 · 3: 0 · 4: 2 · 5: 0"],
    ],
    [
      ["Mean", "Median", "Spread", "Band", "Agreement", "Distribution"],
      ["4.5", "4.5", "1 (4 to 5)", "High", "Consensus", "1: 0 · 2: 0 · 3: 0 · 4: 1 · 5: 1"],
    ],
    [
      recommendationHeader,
      ["Find {{examples}} of good work", "Communication", "High", Fixture.recommendationNote],
      ["Hold [[meetups]] | regularly", "Gatherings", "Medium", "Monthly"],
    ],
    [recommendationHeader, ["Start a mailing list", "Communication", "—", ""]],
    [recommendationHeader, ["Run edit-a-thons", "Gatherings", "—", ""]],
    [
      ["Goal", "Actions", "Who", "By when", "How we will know", "From recommendation"],
      [
        Fixture.planGoal, Fixture.planActions, Fixture.planWho, Fixture.planWhen,
        Fixture.planMeasure, "Find {{examples}} of good work",
      ],
      [
        "A plain goal", "=SUM(A1:A9)", "@team", "-2",
        "+10 editors", "",
      ],
    ],
  ]

  /// Paragraphs of free text that must come out whole.
  static let expectedParagraphs = [
    Fixture.strengthAnswer, "Pipes | || |- |} and {| class=x",
    "Second paragraph ~~~~ ~~~ '''bold'''",
  ]

  /// The only bold text in a report: the report's own labels.
  static let labels: Set<String> = [
    "Organization:", "Date:", "Strategy:", "Source:", "Mode:", "Strengths (high):",
    "Challenges (low):", "Where views vary:", "Lowest:", "Highest:", "Quick answer:",
    "Attribution:", "Licence:", "Content version:", "This workbook's own:",
  ]

  @Test(.enabled(if: ExportTools.shouldRun("cmark-gfm"), "cmark-gfm is not installed"))
  func markdownReadsBackAsTheSameTablesAndText() throws {
    let xml = try ExportTools.run(
      "cmark-gfm", ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-t", "xml"],
      input: try Self.export(.markdown))
    let document = try ExportDocumentTree.cmarkXML(xml)
    func visible(_ node: ExportDocumentTree) -> String {
      node.visibleText(lineBreaks: ["br", "linebreak"], spaces: ["softbreak"])
    }

    let tables = document.all("table").map { table in
      table.children.map { row in row.children.map(visible) }
    }
    #expect(tables == Self.expectedTables)

    let headings = document.all("heading")
    #expect(headings.count == 16)
    #expect(headings.first.map(visible) == Fixture.title)
    #expect(headings.first?.attributes["level"] == "1")
    let paragraphs = document.all("paragraph").map(visible)
    for paragraph in Self.expectedParagraphs {
      #expect(paragraphs.contains(paragraph), "paragraph \(paragraph)")
    }
    let items = document.all("item").map(visible)
    for name in Fixture.names { #expect(items.contains(name), "participant \(name)") }
    #expect(items.contains("Organization: \(Fixture.organization)"))

    // Nothing of the user's became markup.
    #expect(document.all("html_inline").map(\.text) == [])
    #expect(document.all("html_block").map(\.text) == [])
    for kind in ["code", "strikethrough", "block_quote", "thematic_break", "image"] {
      #expect(document.all(kind).isEmpty, "no \(kind)")
    }
    #expect(
      document.all("link").map { $0.attributes["destination"] }
        == [Self.source, Self.source, Self.licenceURL])
    #expect(document.all("emph").map(visible) == ["Not answered yet."])
    #expect(Set(document.all("strong").map(visible)).isSubset(of: Self.labels))
    #expect(document.all("code_block").count == 2)
    #expect(document.all("list").count == 4)
  }

  @Test(.enabled(if: ExportTools.shouldRun("pandoc"), "pandoc is not installed"))
  func wikitextReadsBackAsTheSameTablesAndText() throws {
    let json = try ExportTools.run(
      "pandoc", ["-f", "mediawiki", "-t", "json"], input: try Self.export(.wikitext))
    let document = try ExportDocumentTree.pandocJSON(json)
    func visible(_ node: ExportDocumentTree) -> String {
      node.visibleText(lineBreaks: ["LineBreak"], spaces: ["Space", "SoftBreak"])
    }

    let tables = document.all("Table").map { table in
      table.children.map { row in row.children.map(visible) }
    }
    #expect(tables == Self.expectedTables)

    let headings = document.all("Header")
    #expect(headings.count == 16)
    #expect(headings.first.map(visible) == Fixture.title)
    #expect(headings.first?.attributes["level"] == "1")
    let paragraphs = document.all("Para").map(visible)
    for paragraph in Self.expectedParagraphs {
      #expect(paragraphs.contains(paragraph), "paragraph \(paragraph)")
    }
    let items = document.all("BulletList").flatMap(\.children).map(visible)
    for name in Fixture.names { #expect(items.contains(name), "participant \(name)") }
    #expect(items.contains("Organization: \(Fixture.organization)"))

    // Nothing of the user's became markup, a template, a link or a signature.
    for kind in [
      "RawInline", "RawBlock", "Code", "Strikeout", "Image", "BlockQuote", "HorizontalRule",
    ] {
      #expect(document.all(kind).isEmpty, "no \(kind): \(document.all(kind).map(\.text))")
    }
    #expect(
      document.all("Link").map { $0.attributes["url"] }
        == [Self.source, Self.source, Self.licenceURL])
    #expect(document.all("Emph").map(visible) == ["Not answered yet."])
    #expect(Set(document.all("Strong").map(visible)).isSubset(of: Self.labels))
    #expect(document.all("CodeBlock").count == 2)
  }

  static let readCSV = """
    import csv, json, sys
    with open(sys.argv[1], newline="", encoding="utf-8") as f:
        print(json.dumps(list(csv.reader(f, strict=True))))
    """

  static func readBackCSV(_ table: CSVTable, raw: Bool = false) throws -> [[String]] {
    let json = try ExportTools.run(
      "python3", ["-c", readCSV], input: try export(.csv, table: table, raw: raw))
    return try JSONDecoder().decode([[String]].self, from: Data(json.utf8))
  }

  @Test(.enabled(if: ExportTools.shouldRun("python3"), "python3 is not installed"))
  func csvScoresReadBackAsTheSameValues() throws {
    let gatherings = "Gatherings | online & offline"
    let overall = "The strategy as a whole"
    let names = Fixture.names
    // After the values, each row marks its item as the workbook's own and names the licence.
    let about = ["this workbook's own", "CC BY-SA 4.0 " + Self.licenceURL]
    #expect(
      try Self.readBackCSV(.scores) == [
        ["participant", "item", "score", "item_title", "item_origin", "licence"],
        [names[0], "gatherings", "2", gatherings] + about,
        [names[0], "overall", "4", overall] + about,
        [names[1], "gatherings", "4", gatherings] + about,
        [names[1], "overall", "5", overall] + about,
        [names[2], "gatherings", "4", gatherings] + about,
        [names[2], "overall", "na", overall] + about,
        [names[3], "gatherings", "?", gatherings] + about,
        [names[3], "overall", "", overall] + about,
      ])
  }

  @Test(.enabled(if: ExportTools.shouldRun("python3"), "python3 is not installed"))
  func csvPlanReadsBackAsTheSameValuesWithFormulasGuarded() throws {
    // What a spreadsheet would run gets an apostrophe, which a spreadsheet hides and a CSV
    // reader keeps; the plain number -2 stays a number.
    var guarded = Self.expectedTables[5]
    guarded[2] = [
      "A plain goal", "'=SUM(A1:A9)", "'@team", "-2",
      "'+10 editors", "",
    ]
    #expect(try Self.readBackCSV(.plan) == Self.withNote(guarded))
    #expect(try Self.readBackCSV(.plan, raw: true) == Self.withNote(Self.expectedTables[5]))
  }

  /// The plan's table as the CSV has it: the Markdown table's columns, then a note on every row
  /// that the columns are the workbook's own, with the content's licence.
  static func withNote(_ table: [[String]]) -> [[String]] {
    let note = "Columns: this workbook's own. Content: CC BY-SA 4.0 " + licenceURL
    return table.enumerated().map { index, row in
      row + [index == 0 ? "About the columns" : note]
    }
  }

  static let licenceURL = "https://creativecommons.org/licenses/by-sa/4.0/"

  @Test func jsonDecodesBackToTheSameSession() throws {
    let json = try Self.export(.json)
    let document = try JSONDecoder().decode(SessionExportDocument.self, from: Data(json.utf8))
    #expect(document.session == Fixture.session())
    #expect(
      document.analysis == ScoreAnalysis(session: Fixture.session(), strategy: Fixture.strategy))
    #expect(document.format == "workbook-session-export")
    #expect(document.schemaVersion == 2)
    #expect(!document.scoresHidden)
    #expect(document.generatedAt == nil)
  }

  @Test func anAnonymousJSONHoldsTheSessionWithNumbersForNames() throws {
    let json = try Self.export(.json, anonymous: true)
    let document = try JSONDecoder().decode(SessionExportDocument.self, from: Data(json.utf8))
    // Listed by label, each under "Participant n" and the id "participant-n".
    let original = Fixture.session(anonymous: true)
    var expected = original
    expected.participants = original.participants
      .map { participant in
        var anonymised = participant
        anonymised.name = original.displayName(of: participant)
        anonymised.id = "participant-" + anonymised.name.dropFirst("Participant ".count)
        return anonymised
      }
      .sorted { $0.id < $1.id }
    expected.labelOrder = expected.participants.map(\.id)
    #expect(document.session == expected)
  }
}
