import Foundation
import Testing
import WorkbookCore

/// Each format's export of the hostile fixture, compared byte for byte with a file under Golden/.
/// Set WORKBOOK_RECORD_GOLDEN=1 to write the files afresh (then read the diff before committing).
@Suite struct ExportGoldenTests {
  /// The fixture as it is (revealed), anonymous, before the reveal (every export's private
  /// form), as one person's solo session (its first participant's answers), and based on an
  /// earlier session, after and before the reveal.
  enum Variant { case revealed, anonymous, hidden, solo, basedOn, basedOnHidden }

  static let cases: [(file: String, variant: Variant, format: ExportFormat, table: CSVTable)] = [
    ("hostile.md", .revealed, .markdown, .scores),
    ("hostile.wiki", .revealed, .wikitext, .scores),
    ("hostile-scores.csv", .revealed, .csv, .scores),
    ("hostile-plan.csv", .revealed, .csv, .plan),
    ("hostile.json", .revealed, .json, .scores),
    ("anonymous.md", .anonymous, .markdown, .scores),
    ("anonymous-scores.csv", .anonymous, .csv, .scores),
    ("anonymous.json", .anonymous, .json, .scores),
    ("hidden.md", .hidden, .markdown, .scores),
    ("hidden.wiki", .hidden, .wikitext, .scores),
    ("hidden-scores.csv", .hidden, .csv, .scores),
    ("hidden.json", .hidden, .json, .scores),
    ("based-on.md", .basedOn, .markdown, .scores),
    ("based-on.wiki", .basedOn, .wikitext, .scores),
    ("based-on-comparison.csv", .basedOn, .csv, .comparison),
    ("based-on-plan-review.csv", .basedOn, .csv, .planReview),
    ("based-on-plan.csv", .basedOn, .csv, .plan),
    ("based-on.json", .basedOn, .json, .scores),
    ("based-on-hidden.md", .basedOnHidden, .markdown, .scores),
    ("based-on-hidden-comparison.csv", .basedOnHidden, .csv, .comparison),
    ("based-on-hidden.json", .basedOnHidden, .json, .scores),
    ("solo.md", .solo, .markdown, .scores),
    ("solo.wiki", .solo, .wikitext, .scores),
  ]

  static func session(_ variant: Variant) -> Session {
    if variant == .basedOn || variant == .basedOnHidden {
      return ExportFixture.basedOnSession(revealed: variant == .basedOn)
    }
    var session = ExportFixture.session(anonymous: variant == .anonymous)
    if variant == .hidden { session.scoresRevealed = false }
    if variant == .solo {
      session.mode = .solo
      session.participants = Array(session.participants.prefix(1))
      session.labelOrder = [session.participants[0].id]
    }
    return session
  }

  @Test(arguments: cases.indices)
  func exportMatchesGoldenFile(index: Int) throws {
    let entry = Self.cases[index]
    let exported = try SessionExporter.export(
      Self.session(entry.variant), strategy: ExportFixture.strategy,
      format: entry.format, options: ExportOptions(csvTable: entry.table))
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(entry.file)
    if ProcessInfo.processInfo.environment["WORKBOOK_RECORD_GOLDEN"] == "1" {
      try Data(exported.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(exported == expected, "\(entry.file) differs; WORKBOOK_RECORD_GOLDEN=1 re-records it")
  }

  /// The report in German and French: every heading, label and sentence of the workbook's own
  /// in the language, everything people typed and the content's text exactly as in English.
  static let translated: [(file: String, language: String)] = [
    ("hostile.de.md", "de"), ("hostile.fr.md", "fr"),
  ]

  @Test(arguments: translated.indices)
  func translatedReportMatchesGoldenFile(index: Int) throws {
    let entry = Self.translated[index]
    let exported = try SessionExporter.export(
      Self.session(.revealed), strategy: ExportFixture.strategy, format: .markdown,
      options: ExportOptions(messages: try RepositoryMessages.messages(entry.language)))
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Golden").appendingPathComponent(entry.file)
    if ProcessInfo.processInfo.environment["WORKBOOK_RECORD_GOLDEN"] == "1" {
      try Data(exported.utf8).write(to: url)
      return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(exported == expected, "\(entry.file) differs; WORKBOOK_RECORD_GOLDEN=1 re-records it")
  }
}
