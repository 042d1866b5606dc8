import Testing
import WorkbookCore

/// Before the reveal no export holds anything of anyone's scores, by default, whatever the
/// format and whoever calls: two sessions that differ only in a finished person's answers export
/// the same bytes. Asked for explicitly, the scores are there.
@Suite struct ExportPrivacyTests {
  static let everyExport: [(ExportFormat, CSVTable)] = [
    (.markdown, .scores), (.wikitext, .scores), (.csv, .scores), (.csv, .plan), (.json, .scores),
  ]

  static func export(
    _ session: Session, _ format: ExportFormat, table: CSVTable = .scores,
    includeUnrevealedScores: Bool = false
  ) throws -> String {
    try SessionExporter.export(
      session, strategy: ExportFixture.strategy, format: format,
      options: ExportOptions(csvTable: table, includeUnrevealedScores: includeUnrevealedScores))
  }

  /// The fixture before the reveal, twice: Ana (finished) answers 2 and 4 in one and 5, don't
  /// know and an item the content no longer has in the other; Bo (still scoring) has answered
  /// one item differently.
  static func twins(anonymous: Bool = false) -> (Session, Session) {
    var first = ExportFixture.session(anonymous: anonymous)
    first.scoresRevealed = false
    first.participants[1].finishedScoring = false
    first.participants[1].scores = ["gatherings": .score(1)]
    var second = first
    second.participants[0].scores = [
      "gatherings": .score(5), "overall": .dontKnow, "retired-item": .score(3),
    ]
    second.participants[1].scores = ["gatherings": .notApplicable]
    return (first, second)
  }

  @Test(arguments: [false, true])
  func beforeTheRevealEveryExportIsTheSameWhateverTheScores(anonymous: Bool) throws {
    let (first, second) = Self.twins(anonymous: anonymous)
    for (format, table) in Self.everyExport {
      #expect(
        try Self.export(first, format, table: table) == Self.export(second, format, table: table),
        "\(format) \(table)")
    }
  }

  @Test func askedForExplicitlyTheScoresAreExportedAndSaidToBeUnrevealed() throws {
    let (first, second) = Self.twins()
    for format in [ExportFormat.markdown, .wikitext, .csv, .json] {
      #expect(
        try Self.export(first, format, includeUnrevealedScores: true)
          != Self.export(second, format, includeUnrevealedScores: true), "\(format)")
    }
    let markdown = try Self.export(first, .markdown, includeUnrevealedScores: true)
    #expect(markdown.contains("| Mean |"))
    #expect(
      markdown.contains(
        "*These scores are not revealed yet (3 of 4 participants have finished scoring); they "
          + "were exported on request.*"))
    let json = try Self.export(first, .json, includeUnrevealedScores: true)
    #expect(json.contains("\"scoresHidden\" : false"))
    #expect(json.contains("\"analysis\" : {"))
  }

  @Test func afterTheRevealTheExportsShowTheScores() throws {
    var (first, second) = Self.twins()
    first.scoresRevealed = true
    second.scoresRevealed = true
    for format in [ExportFormat.markdown, .wikitext, .csv, .json] {
      #expect(try Self.export(first, format) != Self.export(second, format), "\(format)")
    }
    #expect(!(try Self.export(first, .markdown)).contains("not revealed"))
  }

  @Test func thePrivateFormsSayTheScoresAreHiddenAndHoldNoFigure() throws {
    let (session, _) = Self.twins()
    let markdown = try Self.export(session, .markdown)
    #expect(
      markdown.contains(
        "*The scores are not revealed yet: 3 of 4 participants have finished scoring"))
    for figure in ["| Mean |", "████", "Scored by", "Lowest", "Strengths (high)", "retired-item"] {
      #expect(!markdown.contains(figure), "\(figure)")
    }
    // The CSV keeps its rows, a participant and item each, with no score: the form
    // `workbook scores import` reads, ready to fill in.
    let csv = try Self.export(session, .csv)
    let rows = csv.split(separator: "\r\n").dropFirst()
    #expect(rows.count == 4 * 2)
    #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[2] == "" })
    let json = try Self.export(session, .json)
    #expect(json.contains("\"scoresHidden\" : true"))
    #expect(!json.contains("\"analysis\""))
    #expect(!json.contains("\"gatherings\" : "))
    // Progress counts people, never answers: 3 of the 4 have finished.
    #expect(json.contains("\"scores\" : {\n      \"completed\" : 3,\n      \"total\" : 4\n    }"))
  }

  @Test func aSoloSessionsScoresAreItsPersonsOwnAndAlwaysExport() throws {
    var solo = ExportFixture.session()
    solo.mode = .solo
    solo.participants = [solo.participants[0]]
    solo.participants[0].finishedScoring = false
    solo.scoresRevealed = false
    #expect(!solo.scoresHidden)
    #expect(try Self.export(solo, .csv).contains(",gatherings,2,"))
    #expect(try Self.export(solo, .json).contains("\"scoresHidden\" : false"))
  }

  @Test func theExporterSaysWhenItWithholdsOrIncludesUnrevealedScores() {
    let (hidden, _) = Self.twins()
    var revealed = hidden
    revealed.scoresRevealed = true
    let asked = ExportOptions(includeUnrevealedScores: true)
    #expect(SessionExporter.withholdsScores(of: hidden, options: ExportOptions()))
    #expect(!SessionExporter.withholdsScores(of: hidden, options: asked))
    #expect(SessionExporter.includesUnrevealedScores(of: hidden, options: asked))
    #expect(!SessionExporter.includesUnrevealedScores(of: revealed, options: asked))
    #expect(!SessionExporter.withholdsScores(of: revealed, options: ExportOptions()))
  }
}
