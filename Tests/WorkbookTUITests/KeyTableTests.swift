import Foundation
import Testing
import WorkbookTUI

/// README.md's table of keys is the one the keymap makes: a key changed in the code and not in
/// the README (or the other way round) fails here. WORKBOOK_RECORD_SNAPSHOTS=1 writes the table
/// into the README instead.
@Suite struct KeyTableTests {
  private static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("README.md")

  /// The README's lines, and the range of those that make its table of keys.
  private func readmeTable() throws -> (lines: [String], table: Range<Int>) {
    let lines = try String(contentsOf: Self.readme, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let start = try #require(
      lines.firstIndex(of: "| where | keys |"), "README.md has no table of keys")
    let end = lines[start...].firstIndex { !$0.hasPrefix("|") } ?? lines.endIndex
    return (lines, start..<end)
  }

  @Test func theReadmesTableIsTheKeymaps() throws {
    let (lines, range) = try readmeTable()
    let generated = KeyTable.markdown()
    if ProcessInfo.processInfo.environment["WORKBOOK_RECORD_SNAPSHOTS"] == "1" {
      var updated = lines
      updated.replaceSubrange(range, with: generated.split(separator: "\n").map(String.init))
      try updated.joined(separator: "\n").write(to: Self.readme, atomically: true, encoding: .utf8)
      return
    }
    #expect(
      lines[range].joined(separator: "\n") + "\n" == generated,
      "README.md's table of keys differs from the keymap: re-record with WORKBOOK_RECORD_SNAPSHOTS=1"
    )
  }

  @Test func everyPlaceWithKeysHasARow() {
    let rows = KeyTable.markdown().split(separator: "\n").dropFirst(2)
    for title in [
      "Everywhere", "Scoring", "Checking the answers", "Starting a turn again", "Export",
    ] {
      #expect(rows.contains { $0.hasPrefix("| \(title) | ") }, "no row for \(title)")
    }
    let scoring = rows.first { $0.hasPrefix("| Scoring | ") } ?? ""
    #expect(scoring.contains("`Enter` take the highlighted answer, go to the next item"))
    #expect(scoring.contains("`1–5` answer 1 (low) to 5 (high)"))
  }
}
