import Foundation
import Testing
import WorkbookCore

/// The year after, in a real terminal (tmux): last year's session made with the command line, this
/// year's started from it on the new-session form, scored in private, revealed, and what moved
/// read on the Results.
@Suite struct YearAfterJourneyTests {
  static let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]

  @Test func aTeamStartsFromLastYearsSessionAndSeesWhatMoved() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try makeLastYear(in: window, scores: ["Ana": [2, 2, 3, 3], "Bo": [2, 3, 3, 3]])

    try window.launch()
    try tmux.waitFor("Workshop 2025")
    try tmux.press("n")
    try tmux.waitFor("Start a new session")
    try tmux.type("Workshop 2026")
    // Organization, mode, anonymous, strategy: on to the earlier session to start from.
    try tmux.press("Tab", "Tab", "Tab", "Tab", "Tab")
    try tmux.waitFor("start afresh, or from one of 1 earlier")
    try tmux.press("Right")
    let form = try tmux.waitFor("‹ Workshop 2025 ›")
    #expect(row(of: "Organization", in: form).contains("Wikimedia Example"))
    #expect(
      row(of: "1  Ana", in: form).contains("Ana") && row(of: "2  Bo", in: form).contains("Bo"))
    // Ana, Bo, "Add a participant", then Create.
    try tmux.press("Tab", "Tab", "Tab", "Tab", "Enter")

    // Last year's plan is the first thing to review: the first row done, with a note; the
    // second carried into this year's plan.
    try tmux.waitFor("What became of each row of the plan made in “Workshop 2025”?")
    try tmux.press("d")
    try tmux.waitFor("Done")
    try tmux.press("Enter")
    try tmux.waitFor("Note on the selected row")
    try tmux.type("Twelve meet-ups")
    try tmux.press("C-d")
    try tmux.waitFor("Note: Twelve meet-ups")
    try tmux.press("Down", "c")
    try tmux.waitFor("Carried into the new plan")
    try tmux.press("Escape")
    try tmux.waitFor("↑↓ scroll")
    try tmux.waitFor("workshop with Ana, Bo")

    try tmux.press("2")
    for (turn, (name, answers)) in [("Ana", [4, 2, 1, 3]), ("Bo", [4, 3, 5, 3])].enumerated() {
      try tmux.waitFor("\(turn) of 2 have scored")
      try tmux.press("Enter")
      try tmux.waitFor("Hand the keyboard to \(name)")
      try tmux.press("Enter")
      for (index, answer) in answers.enumerated() {
        try tmux.waitFor("\(name)  ·  item \(index + 1) of 4")
        try tmux.press("\(answer)")
        try tmux.waitFor("Your answer: \(answer)")
        try tmux.press("Enter")
      }
      try tmux.waitFor("\(name), check your answers")
      try tmux.press("Enter")
      try tmux.waitFor("Thank you, \(name)")
    }
    try tmux.waitFor("2 of 2 have scored")
    try tmux.press("r")
    try tmux.waitFor("Reveal everyone's scores?")
    try tmux.press("y")

    // The last line of the results, so the whole frame has arrived when the screen is read.
    let results = try tmux.waitFor("To discuss")
    #expect(row(of: "Offline and online", in: results).contains("↑2.0"))
    #expect(row(of: "Communication online", in: results).contains("=2.5"))
    #expect(row(of: "Needs of online", in: results).contains("=3.0"))
    #expect(results.contains("Last time 2.0, Consensus; now 4.0, Consensus: ↑ rose."))
    try tmux.press("Down", "Down")
    // The line under the item wraps at a word on 80 columns.
    let needs = try tmux.waitFor("highest Bo (5)")
    #expect(needs.contains("Last time 3.0, Consensus; now 3.0, Variance: = about the same, newly"))

    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    let thisYear = try #require(try window.sessions().first { $0.title == "Workshop 2026" })
    #expect(thisYear.organization == "Wikimedia Example")
    #expect(thisYear.basedOn?.snapshot.title == "Workshop 2025")
    #expect(thisYear.participants.map(\.name) == ["Ana", "Bo"])
    #expect(
      thisYear.basedOn?.review(ofRow: "row-1")
        == PlanRowReview(outcome: .done, note: "Twelve meet-ups"))
    #expect(thisYear.basedOn?.review(ofRow: "row-2").outcome == .carried)
    #expect(thisYear.plan.map(\.carriedFrom) == ["row-2"])
    #expect(thisYear.plan.first?["focus"] == "A newsletter")
  }

  /// Last year's session, scored and revealed through the command line in the window's folder.
  private func makeLastYear(in window: WorkbookWindow, scores: [String: [Int]]) throws {
    let folder = try CommandFolder()
    let options = [
      "--dir", window.sessionsFolder.path, "--content", Checkout.root.path + "/Content",
    ]
    let created = try folder.workbook(
      [
        "new", "--title", "Workshop 2025", "--organization", "Wikimedia Example",
        "--participants", "Ana,Bo",
      ] + options)
    #expect(created.status == 0, "\(created.errors)")
    let id = created.output.trimmingCharacters(in: .whitespacesAndNewlines)
    var lines = ["participant,item,score"]
    for (name, answers) in scores.sorted(by: { $0.key < $1.key }) {
      for (item, score) in zip(Self.items, answers) { lines.append("\(name),\(item),\(score)") }
    }
    try lines.joined(separator: "\n").write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)
    let imported = try folder.workbook(["scores", "import", id, "scores.csv"] + options)
    #expect(imported.status == 0, "\(imported.errors)")
    let revealed = try folder.workbook(["reveal", id, "--yes"] + options)
    #expect(revealed.status == 0, "\(revealed.errors)")
    // The plan the team wrote last year, as the workbook saves it.
    let file = window.sessionsFolder.appendingPathComponent("\(id).json")
    var json = try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: Any]
    var session = json["session"] as! [String: Any]
    session["plan"] = [
      ["id": "row-1", "cells": ["focus": "Monthly meet-ups"]],
      ["id": "row-2", "cells": ["focus": "A newsletter"]],
    ]
    json["session"] = session
    try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
      .write(to: file)
  }

  /// The line of the screen that holds `label`.
  private func row(of label: String, in screen: String) -> String {
    screen.split(separator: "\n").first { $0.contains(label) }.map(String.init) ?? ""
  }
}
