import Foundation
import Testing
import WorkbookTUI

/// Compares a rendered screen with Snapshots/<name>.txt beside this file, as plain text.
/// WORKBOOK_RECORD_SNAPSHOTS=1 writes the files instead of comparing.
func assertSnapshot(
  _ buffer: ScreenBuffer, named name: String, sourceLocation: SourceLocation = #_sourceLocation
) {
  let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("Snapshots")
  let file = directory.appendingPathComponent("\(name).txt")
  let actual = buffer.lines.joined(separator: "\n") + "\n"
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

/// Compares `state` shown at 80×24 (the minimum, as on a projector) and at 120×40 (or at the
/// `sizes` given) with Snapshots/<name>-80x24.txt, Snapshots/<name>-120x40.txt and so on.
func assertSnapshots(
  _ state: AppState, _ name: String, sizes: [(width: Int, height: Int)] = [(80, 24), (120, 40)],
  sourceLocation: SourceLocation = #_sourceLocation
) {
  for (width, height) in sizes {
    var state = state
    _ = update(&state, .resized(width: width, height: height))
    assertSnapshot(
      render(state, width: width, height: height), named: "\(name)-\(width)x\(height)",
      sourceLocation: sourceLocation)
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
