import Foundation
import Testing
import WorkbookTUI

/// Compares a rendered screen with Snapshots/<name>.txt beside this file, as plain text.
/// WORKBOOK_RECORD_SNAPSHOTS=1 writes the files instead of comparing.
func assertSnapshot(
  _ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  assertSnapshot(
    buffer.lines.joined(separator: "\n") + "\n", named: name, sourceLocation: sourceLocation)
}

/// Compares the styles of a rendered screen with Snapshots/<name>.styles.txt: one letter a cell
/// (see `styleLetters`), for screens where a style carries meaning (the current step, the
/// selection), so that losing it fails a test as losing a word does.
func assertStyleSnapshot(
  _ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let legend = TextStyle.allCases.map { "\(styleLetters[$0] ?? "?") \($0)" }
    .joined(separator: ", ")
  let rows = (0..<buffer.height).map { row in
    var line = ""
    // One letter a column, the right half of a wide character included, so letters line up
    // with the text snapshot's columns.
    for column in 0..<buffer.width { line += styleLetters[buffer[row, column].style] ?? "?" }
    while line.last == "." { line.removeLast() }
    return line
  }
  assertSnapshot(
    "# \(legend)\n" + rows.joined(separator: "\n") + "\n", named: "\(name).styles",
    sourceLocation: sourceLocation)
}

/// One letter a style in style snapshots; normal text is "." so the screen's shape shows.
let styleLetters: [TextStyle: String] = [
  .normal: ".", .heading: "H", .muted: "m", .selected: "S", .currentStep: "C", .accent: "A",
  .good: "G", .bad: "B", .warning: "W", .bar: "b",
]

private func assertSnapshot(
  _ actual: String, named name: String, sourceLocation: SourceLocation
) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let file = directory.appendingPathComponent("\(name).txt")
  if ProcessInfo.processInfo.environment["WORKBOOK_RECORD_SNAPSHOTS"] == "1" {
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    #expect(throws: Never.self, sourceLocation: sourceLocation) {
      try actual.write(to: file, atomically: true, encoding: .utf8)
    }
    return
  }
  guard let expected = try? String(contentsOf: file, encoding: .utf8) else {
    Issue.record(
      "No snapshot \(file.path): run the tests with WORKBOOK_RECORD_SNAPSHOTS=1 to record it.",
      sourceLocation: sourceLocation)
    return
  }
  guard expected != actual else { return }
  let report =
    "Screen \(name) differs from its snapshot (- expected, + actual):\n"
    + lineDiff(expected: expected, actual: actual)
    + "\nIf the change is intended, re-record with WORKBOOK_RECORD_SNAPSHOTS=1."
  Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
}

/// Compares `state` shown at 80×24 (the minimum), 120×40 and 200×50 (a projected wall), or at the
/// `sizes` given, with Snapshots/<name>-80x24.txt and so on; with `styled`, their styles too
/// (`assertStyleSnapshot`).
func assertSnapshots(
  _ state: AppState, _ name: String, styled: Bool = false,
  sizes: [(width: Int, height: Int)] = [(80, 24), (120, 40), (200, 50)],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for (width, height) in sizes {
    var state = state
    _ = update(&state, .resized(width: width, height: height))
    let buffer = render(state, width: width, height: height)
    assertSnapshot(buffer, named: "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
    if styled {
      assertStyleSnapshot(
        buffer, named: "\(name)-\(width)x\(height)", sourceLocation: sourceLocation)
    }
  }
}

/// The lines that differ, numbered, each as the snapshot has it and as the screen shows it.
private func lineDiff(expected: String, actual: String) -> String {
  let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
  let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
  var out: [String] = []
  for index in 0..<max(old.count, new.count) {
    let before = index < old.count ? String(old[index]) : nil
    let after = index < new.count ? String(new[index]) : nil
    guard before != after else { continue }
    let number = String(index + 1).padding(toLength: 3, withPad: " ", startingAt: 0)
    if let before { out.append("\(number) - |\(before)|") }
    if let after { out.append("\(number) + |\(after)|") }
  }
  return out.joined(separator: "\n")
}
