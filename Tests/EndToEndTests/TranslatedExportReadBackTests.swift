import Foundation
import Testing
import WorkbookCore

/// The German and French reports (the golden files of the core's tests) read back by cmark-gfm and
/// by pandoc's Markdown reader, as the English one is: the tables come out with the translated
/// headers and words, the user's text as typed, and nothing of it as markup.
@Suite struct TranslatedExportReadBackTests {
  typealias Fixture = ExportFixture

  struct Language: Sendable, CustomStringConvertible {
    var file: String
    var resultsHeader: [String]
    var firstResults: [String]
    var recommendationHeader: [String]
    var priorities: (high: String, medium: String)
    var planFromRecommendation: String
    var notAnswered: String
    var organization: String
    var labels: Set<String>
    var description: String { file }
  }

  static let languages = [
    Language(
      file: "hostile.de.md",
      resultsHeader: [
        "Mittelwert", "Median", "Streuung", "Einstufung", "Übereinstimmung", "Verteilung",
      ],
      firstResults: ["3.33", "4", "2 (2 bis 4)", "Niedrig", "Varianz"],
      recommendationHeader: ["Empfehlung", "Bereich", "Priorität", "Notiz"],
      priorities: ("Hoch", "Mittel"), planFromRecommendation: "Aus der Empfehlung",
      notAnswered: "Noch nicht beantwortet.", organization: "Organisation:",
      labels: [
        "Organisation:", "Datum:", "Strategie:", "Quelle:", "Modus:", "Stärken (hoch):",
        "Herausforderungen (niedrig):", "Wo die Ansichten auseinandergehen:", "Niedrigste:",
        "Höchste:", "Kurzantwort:", "Urheberschaft:", "Lizenz:", "Inhaltsversion:",
        "Eigenes des Arbeitsbuchs:",
      ]),
    Language(
      file: "hostile.fr.md",
      resultsHeader: ["Moyenne", "Médiane", "Écart", "Niveau", "Accord", "Répartition"],
      firstResults: ["3.33", "4", "2 (de 2 à 4)", "Bas", "Divergence"],
      recommendationHeader: ["Recommandation", "Domaine", "Priorité", "Remarque"],
      priorities: ("Haute", "Moyenne"), planFromRecommendation: "Issue de la recommandation",
      notAnswered: "Pas encore de réponse.", organization: "Organisation :",
      labels: [
        "Organisation :", "Date :", "Stratégie :", "Source :", "Mode :", "Forces (haut) :",
        "Défis (bas) :", "Où les avis divergent :", "Plus basse :", "Plus haute :",
        "Réponse rapide :", "Attribution :", "Licence :", "Version du contenu :",
        "Propre au cahier :",
      ]),
  ]

  static func golden(_ file: String) throws -> String {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("WorkbookCoreTests/Golden/\(file)")
    return try String(contentsOf: url, encoding: .utf8)
  }

  /// The report's tables as a reader sees them, cell by cell.
  static func expectedTables(_ language: Language) -> [[[String]]] {
    [
      [language.resultsHeader, language.firstResults + ["1: 0 · 2: 1 · 3: 0 · 4: 2 · 5: 0"]],
      [
        language.recommendationHeader,
        [
          "Find {{examples}} of good work", "Communication", language.priorities.high,
          Fixture.recommendationNote,
        ],
        ["Hold [[meetups]] | regularly", "Gatherings", language.priorities.medium, "Monthly"],
      ],
      [
        ["Goal", "Actions", "Who", "By when", "How we will know", language.planFromRecommendation],
        [
          Fixture.planGoal, Fixture.planActions, Fixture.planWho, Fixture.planWhen,
          Fixture.planMeasure, "Find {{examples}} of good work",
        ],
        ["A plain goal", "=SUM(A1:A9)", "@team", "-2", "+10 editors", ""],
      ],
    ]
  }

  /// The tables the checks above pick out: the first item's results, the recommendations to try
  /// next, and the plan (the others repeat their shapes).
  static func pickedTables(_ tables: [[[String]]]) -> [[[String]]] {
    guard tables.count == 6 else { return tables }
    return [tables[0], tables[2], tables[5]]
  }

  @Test(
    .enabled(if: ExportTools.shouldRun("cmark-gfm"), "cmark-gfm is not installed"),
    arguments: languages)
  func cmarkReadsTheTranslatedReport(language: Language) throws {
    let xml = try ExportTools.run(
      "cmark-gfm", ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-t", "xml"],
      input: try Self.golden(language.file))
    let document = try ExportDocumentTree.cmarkXML(xml)
    func visible(_ node: ExportDocumentTree) -> String {
      node.visibleText(lineBreaks: ["br", "linebreak"], spaces: ["softbreak"])
    }
    let tables = document.all("table").map { table in
      table.children.map { row in row.children.map(visible) }
    }
    #expect(tables.count == 6)
    #expect(Self.pickedTables(tables) == Self.expectedTables(language))
    let headings = document.all("heading")
    #expect(headings.count == 16)
    #expect(headings.first.map(visible) == Fixture.title)
    let paragraphs = document.all("paragraph").map(visible)
    for paragraph in ExportReadBackTests.expectedParagraphs {
      #expect(paragraphs.contains(paragraph), "paragraph \(paragraph)")
    }
    let items = document.all("item").map(visible)
    for name in Fixture.names { #expect(items.contains(name), "participant \(name)") }
    #expect(items.contains("\(language.organization) \(Fixture.organization)"))
    #expect(document.all("html_inline").isEmpty && document.all("html_block").isEmpty)
    for kind in ["code", "strikethrough", "block_quote", "thematic_break", "image"] {
      #expect(document.all(kind).isEmpty, "no \(kind)")
    }
    #expect(document.all("emph").map(visible) == [language.notAnswered])
    #expect(Set(document.all("strong").map(visible)) == language.labels)
    #expect(document.all("code_block").count == 2)
  }

  @Test(
    .enabled(if: ExportTools.shouldRun("pandoc"), "pandoc is not installed"), arguments: languages)
  func pandocReadsTheTranslatedReport(language: Language) throws {
    let json = try ExportTools.run(
      "pandoc", ["-f", "gfm", "-t", "json"], input: try Self.golden(language.file))
    let document = try ExportDocumentTree.pandocJSON(json)
    // A line break in a table cell is GFM's "<br>", which pandoc keeps as raw HTML: the one raw
    // piece a report may hold.
    func visible(_ node: ExportDocumentTree) -> String {
      node.visibleText(lineBreaks: ["LineBreak"], spaces: ["Space", "SoftBreak"])
        .replacingOccurrences(of: "<br>", with: "\n")
    }
    let tables = document.all("Table").map { table in
      table.children.map { row in row.children.map(visible) }
    }
    #expect(tables.count == 6)
    #expect(Self.pickedTables(tables) == Self.expectedTables(language))
    #expect(document.all("Header").count == 16)
    let paragraphs = document.all("Para").map(visible)
    for paragraph in ExportReadBackTests.expectedParagraphs {
      #expect(paragraphs.contains(paragraph), "paragraph \(paragraph)")
    }
    #expect(Set(document.all("RawInline").map(\.text)) == ["<br>"])
    for kind in ["RawBlock", "Code", "Strikeout", "Image", "BlockQuote"] {
      #expect(document.all(kind).isEmpty, "no \(kind): \(document.all(kind).map(\.text))")
    }
    #expect(document.all("Emph").map(visible) == [language.notAnswered])
    #expect(Set(document.all("Strong").map(visible)) == language.labels)
  }
}
