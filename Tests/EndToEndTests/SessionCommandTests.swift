import Foundation
import Testing

/// The session commands from a shell, as a facilitator without a full-screen terminal uses them:
/// create a session, import scores from CSV, see the analysis; bad input is refused plainly.
@Suite struct SessionCommandTests {
  private let folder: CommandFolder
  private let options: [String]

  init() throws {
    folder = try CommandFolder()
    options = ["--dir", folder.path("sessions"), "--content", Checkout.root.path + "/Content"]
  }

  private func workbook(_ arguments: [String]) throws -> CommandFolder.Outcome {
    try folder.workbook(arguments + options)
  }

  private func newSession() throws -> String {
    let created = try workbook([
      "new", "--title", "Atelier été", "--organization", "Wikimédia France", "--participant", "Ana",
      "--participant", "Bé", "--participant", "陈",
    ])
    #expect(created.status == 0, "\(created.errors)")
    return created.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  private func writeCSV(_ rows: [String]) throws -> String {
    let path = folder.path("scores.csv")
    try (["participant,item,score"] + rows).joined(separator: "\n").write(
      toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  @Test func createImportAndShowTheAnalysis() throws {
    let id = try newSession()
    var rows: [String] = []
    let scores = [
      "Ana": ["4", "4", "3", "4"], "Bé": ["2", "4", "?", "3"], "陈": ["5", "4", "na", "4"],
    ]
    let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
    for (name, answers) in scores.sorted(by: { $0.key < $1.key }) {
      for (item, answer) in zip(items, answers) { rows.append("\(name),\(item),\(answer)") }
    }
    let imported = try workbook(["scores", "import", String(id.prefix(4)), try writeCSV(rows)])
    #expect(imported.status == 0, "\(imported.errors)")
    #expect(imported.output.contains("All 3 have scored. Reveal with: workbook reveal \(id)"))
    let revealed = try workbook(["reveal", id])
    #expect(revealed.status == 0, "\(revealed.errors)")

    let shown = try workbook(["show", id])
    #expect(shown.status == 0)
    // Gatherings: 4, 2, 5 → mean 3.67, spread 3, low, variance, Bé lowest and 陈 highest.
    #expect(shown.output.contains("| 3.67 | 4 | 3 (2 to 5) | Low | Variance |"))
    #expect(shown.output.contains("**Lowest:** Bé (2). **Highest:** 陈 (5)."))

    let json = try workbook(["show", id, "--json"])
    let decoded = try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any]
    #expect(decoded != nil, "show --json is not JSON: \(json.output.prefix(200))")

    let listed = try workbook(["list"])
    #expect(listed.output.contains(id) && listed.output.contains("Atelier été"))
  }

  @Test func aBadRowImportsNothingAndNamesItsLine() throws {
    let id = try newSession()
    let csv = try writeCSV(["Ana,score-gatherings,4", "Zoë,score-gatherings,3", "Bé,score-needs,7"])
    let before = try Data(contentsOf: URL(fileURLWithPath: folder.path("sessions/\(id).json")))
    let refused = try workbook(["scores", "import", id, csv])
    #expect(refused.status == 1)
    #expect(refused.errors.contains("scores.csv: line 3"))
    #expect(refused.errors.contains("scores.csv: line 4"))
    #expect(refused.errors.contains("Nothing was imported."))
    let after = try Data(contentsOf: URL(fileURLWithPath: folder.path("sessions/\(id).json")))
    #expect(after == before)
  }

  @Test func aCorruptedSessionIsReportedAndLeftAsItWas() throws {
    let id = try newSession()
    let path = folder.path("sessions/\(id).json")
    let cut = try Data(contentsOf: URL(fileURLWithPath: path)).prefix(120)
    try cut.write(to: URL(fileURLWithPath: path))

    let shown = try workbook(["show", id])
    #expect(shown.status == 1)
    #expect(shown.errors.contains(path))
    #expect(shown.errors.contains("The file has not been changed."))
    let listed = try workbook(["list"])
    #expect(listed.status == 0)
    #expect(listed.output.contains("\(id)  BROKEN"))
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == cut)
  }

  @Test func usageErrorsExitTwoAndAMissingContentFolderIsNamed() throws {
    #expect(try workbook(["new", "--no-such-option"]).status == 2)
    _ = try newSession()
    let listed = try folder.workbook([
      "list", "--dir", folder.path("sessions"), "--content", folder.path("no-content"),
    ])
    #expect(listed.status == 1)
    #expect(listed.errors.contains(folder.path("no-content")))
  }
}
