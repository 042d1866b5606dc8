import Foundation
import Testing
import WorkbookCore

/// Each format's export of the hostile fixture, compared byte for byte with a file under Golden/.
/// Set WORKBOOK_RECORD_GOLDEN=1 to write the files afresh (then read the diff before committing).
@Suite struct ExportGoldenTests {
  static let cases: [(file: String, anonymous: Bool, format: ExportFormat, table: CSVTable)] = [
    ("hostile.md", false, .markdown, .scores),
    ("hostile.wiki", false, .wikitext, .scores),
    ("hostile-scores.csv", false, .csv, .scores),
    ("hostile-plan.csv", false, .csv, .plan),
    ("hostile.json", false, .json, .scores),
    ("anonymous.md", true, .markdown, .scores),
  ]

  @Test(arguments: cases.indices)
  func exportMatchesGoldenFile(index: Int) throws {
    let entry = Self.cases[index]
    let exported = try SessionExporter.export(
      ExportFixture.session(anonymous: entry.anonymous), strategy: ExportFixture.strategy,
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
