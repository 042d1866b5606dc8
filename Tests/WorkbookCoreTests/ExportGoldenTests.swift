import Foundation
import Testing
import WorkbookCore

/// Each format's export of the hostile fixture, compared byte for byte with a file under Golden/.
/// Set WORKBOOK_RECORD_GOLDEN=1 to write the files afresh (then read the diff before committing).
@Suite struct ExportGoldenTests {
  /// The fixture as it is (revealed), anonymous, before the reveal (every export's private
  /// form), and as one person's solo session (its first participant's answers).
  enum Variant { case revealed, anonymous, hidden, solo }

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
    ("solo.md", .solo, .markdown, .scores),
    ("solo.wiki", .solo, .wikitext, .scores),
  ]

  static func session(_ variant: Variant) -> Session {
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
}
