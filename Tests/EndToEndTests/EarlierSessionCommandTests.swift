import Foundation
import Testing

/// The year after, on the command line: a session based on last year's, `workbook compare`, and
/// `workbook summary` over many organizations, with figures worked out by hand and no person's
/// name anywhere in what is printed.
@Suite struct EarlierSessionCommandTests {
  static let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
  static let names = ["Anastasia Quill", "Boris Umber", "Cyrus Vale"]

  private let folder: CommandFolder
  private let options: [String]

  init() throws {
    folder = try CommandFolder()
    options = ["--dir", "sessions", "--content", Checkout.root.path + "/Content"]
  }

  private func workbook(_ arguments: [String]) throws -> CommandFolder.Outcome {
    try folder.workbook(arguments + options)
  }

  /// Creates a session and prints nothing; returns its id.
  private func new(_ arguments: [String]) throws -> String {
    let created = try workbook(["new"] + arguments)
    #expect(created.status == 0, "\(created.errors)")
    return created.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Imports every person's four answers (in the order of `items`), then reveals.
  private func score(_ id: String, _ answers: [String: [Int]], reveal: Bool = true) throws {
    var lines = ["participant,item,score"]
    for (name, scores) in answers.sorted(by: { $0.key < $1.key }) {
      for (item, score) in zip(Self.items, scores) { lines.append("\(name),\(item),\(score)") }
    }
    try lines.joined(separator: "\n").write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)
    let imported = try workbook(["scores", "import", id, "scores.csv"])
    #expect(imported.status == 0, "\(imported.errors)")
    if reveal {
      let revealed = try workbook(["reveal", id, "--yes"])
      #expect(revealed.status == 0, "\(revealed.errors)")
    }
  }

  /// Gives the session's file two plan rows, as the team would have written them in the
  /// workbook.
  private func addPlan(to id: String) throws {
    let path = folder.path("sessions/\(id).json")
    var file =
      try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: path)))
      as! [String: Any]
    var session = file["session"] as! [String: Any]
    session["plan"] = [
      ["id": "row-1", "cells": ["focus": "Monthly meetups", "who": Self.names[0]]],
      ["id": "row-2", "cells": ["focus": "A newsletter"], "recommendationID": "x"],
    ]
    file["session"] = session
    try JSONSerialization.data(withJSONObject: file, options: [.prettyPrinted, .sortedKeys])
      .write(to: URL(fileURLWithPath: path))
  }

  /// Last year's session of Ruritania, revealed: gatherings 2, 3, 2 (mean 2.33, consensus),
  /// communication 4, 4, 5 (4.33, consensus), needs and overall all 3.
  private func lastYear() throws -> String {
    let id = try new(
      [
        "--title", "Ruritania 2025", "--organization", "WM Ruritania", "--participants",
        Self.names.joined(separator: ","),
      ])
    try score(
      id,
      [Self.names[0]: [2, 4, 3, 3], Self.names[1]: [3, 4, 3, 3], Self.names[2]: [2, 5, 3, 3]])
    try addPlan(to: id)
    return id
  }

  /// This year's: gatherings 4, 3, 4 (3.67), communication 2, 4, 5 (3.67, a split of 3).
  private let thisYearsScores = [
    names[0]: [4, 2, 3, 3], names[1]: [3, 4, 3, 3], names[2]: [4, 5, 3, 3],
  ]

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func aSessionBasedOnLastYearsCarriesItsPeopleAndPlanAndComparesAfterTheReveal() throws {
    let earlier = try lastYear()
    let id = try new(["--title", "Ruritania 2026", "--based-on", earlier])
    let file = try String(contentsOfFile: folder.path("sessions/\(id).json"), encoding: .utf8)
    #expect(file.contains("\"organization\" : \"WM Ruritania\""))
    for name in Self.names { #expect(file.contains("\"name\" : \"\(name)\"")) }
    #expect(file.contains("\"basedOn\""))
    #expect(file.contains("Monthly meetups") && file.contains("A newsletter"))
    #expect(!file.contains("\"score-gatherings\" : 2"), "no earlier answer becomes a score")

    // Before the reveal: the earlier figures only, and standard error says why.
    try score(id, thisYearsScores, reveal: false)
    let hidden = try workbook(["compare", earlier, id])
    #expect(hidden.status == 0, "\(hidden.errors)")
    #expect(hidden.output.contains("| Offline and online gatherings | 2.33 |  |"))
    #expect(!hidden.output.contains("3.67"))
    #expect(hidden.errors.contains("The scores are not revealed yet (3 of 3 people have scored)"))
    let asked = try workbook(["compare", earlier, id, "--include-unrevealed-scores"])
    #expect(asked.output.contains("rose from 2.33 to 3.67"))
    #expect(asked.errors.contains("Printing every person's scores, which are not yet revealed"))

    let revealed = try workbook(["reveal", id])
    #expect(revealed.status == 0, "\(revealed.errors)")
    let compared = try workbook(["compare", earlier, id])
    #expect(compared.errors.isEmpty, "\(compared.errors)")
    let lines = compared.output.split(separator: "\n")
    #expect(
      lines.contains(
        "| Offline and online gatherings | 2.33 | 3.67 | Consensus | Consensus | rose from 2.33 to 3.67 |"
      ))
    #expect(
      lines.contains(
        "| Communication online | 4.33 | 3.67 | Consensus | Variance | fell from 4.33 to 3.67; newly split |"
      ))
    let json = try workbook(["compare", earlier, id, "--json"]).output
    #expect(json.contains("\"agreementChange\" : \"newly-split\""))
    for output in [hidden.output, asked.output, compared.output, json] {
      for name in Self.names { #expect(!output.contains(name)) }
    }

    let report = try workbook(["export", id, "--format", "markdown"]).output
    #expect(report.contains("## Compared with the earlier session"))
    #expect(report.contains("## Review of the earlier plan"))
    #expect(report.contains("| 1 | Monthly meetups |  | Not reviewed |  |  |"))
    let review = try workbook(["export", id, "--format", "csv", "--what", "plan-review"])
    #expect(review.output.hasPrefix("earlier_row,Focus,Goal,"))
    #expect(review.output.contains("2,A newsletter,,,,,,,,not-reviewed,,"))
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func anotherOrganizationStrategyOrTooManyPeopleForSoloAreRefused() throws {
    let earlier = try lastYear()
    let otherOrganization = try workbook(
      ["new", "--title", "x", "--based-on", earlier, "--organization", "WM Freedonia"])
    #expect(otherOrganization.status == 1)
    #expect(
      otherOrganization.errors.contains("based only on an earlier one of the same organization"))
    let otherStrategy = try workbook(
      ["new", "--title", "x", "--based-on", earlier, "--strategy", "another"])
    #expect(otherStrategy.status == 1)
    #expect(otherStrategy.errors.contains("based only on an earlier one of its own strategy"))
    let solo = try workbook(["new", "--title", "x", "--based-on", earlier, "--mode", "solo"])
    #expect(solo.status == 1)
    #expect(solo.errors.contains("a solo session has one participant"))
    let alone = try new(
      ["--title", "Alone", "--based-on", earlier, "--mode", "solo", "--participant", "Dana"])
    let file = try String(contentsOfFile: folder.path("sessions/\(alone).json"), encoding: .utf8)
    #expect(file.contains("\"mode\" : \"solo\"") && file.contains("\"name\" : \"Dana\""))
    #expect(!file.contains("\"name\" : \"\(Self.names[0])\""))
    let notBased = try workbook(["export", earlier, "--format", "csv", "--what", "comparison"])
    #expect(notBased.status == 1)
    #expect(notBased.errors.contains("is not based on an earlier session"))
  }

  /// Ruritania (this year's counts, last year's is superseded), Freedonia (all 4) and Sylvania
  /// (all 2), and Latveria not revealed. Gatherings: means 3.67, 4 and 2, median 3.67, one in
  /// each of the bands 2–2.99, 3–3.99 and 4–5; communication the same, and it split one team
  /// (Ruritania: 2, 4, 5).
  private func organizations() throws -> [String] {
    let earlier = try lastYear()
    let ruritania = try new(["--title", "Ruritania 2026", "--based-on", earlier])
    try score(ruritania, thisYearsScores)
    var ids = [ruritania]
    for (organization, score) in [("Freedonia", 4), ("Sylvania", 2)] {
      let id = try new(
        [
          "--title", organization, "--organization", organization, "--participants",
          "Zed Quorum,Yara Pinnacle",
        ])
      try self.score(
        id,
        [
          "Zed Quorum": [score, score, score, score],
          "Yara Pinnacle": [score, score, score, score],
        ])
      ids.append(id)
    }
    let latveria = try new(
      [
        "--title", "Latveria", "--organization", "Latveria", "--participants",
        "Victor Ironsmith,Lucia Marr",
      ])
    try score(latveria, ["Victor Ironsmith": [1, 1, 1, 1]], reveal: false)
    return ids
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func aSummaryOverTheFolderOrTheSentInExportsGivesTheHandWorkedFiguresAndNoName() throws {
    let ids = try organizations()
    let secrets = Self.names + ["Zed Quorum", "Yara Pinnacle", "Victor Ironsmith", "Lucia Marr"]
    let expectedRow =
      "| Offline and online gatherings | 3 | 3.67 | 0 | 1 | 1 | 1 | 0 |"
    let fromFolder = try workbook(["summary"])
    #expect(fromFolder.status == 0, "\(fromFolder.errors)")
    #expect(fromFolder.output.split(separator: "\n").contains(Substring(expectedRow)))
    #expect(fromFolder.output.contains("| Communication online | 3 | 3.67 | 0 | 1 | 1 | 1 | 1 |"))
    #expect(fromFolder.output.contains("1 session: scores not revealed"))
    #expect(fromFolder.output.contains("1 session: an earlier session of an organization"))

    var exports: [String] = []
    for id in ids {
      let file = "\(id)-export.json"
      let exported = try workbook(["export", id, "--format", "json", "--output", file])
      #expect(exported.status == 0, "\(exported.errors)")
      exports.append(file)
    }
    let fromExports = try folder.workbook(
      ["summary"] + exports + ["--content", Checkout.root.path + "/Content"])
    #expect(fromExports.status == 0, "\(fromExports.errors)")
    #expect(fromExports.output.split(separator: "\n").contains(Substring(expectedRow)))

    let small = try workbook(["summary", "--minimum", "4"])
    #expect(small.output.contains("Fewer than 4 organizations are counted"))
    #expect(!small.output.contains("3.67") && !small.output.contains("Offline and online"))

    for format in ["markdown", "csv", "json"] {
      let outcome = try workbook(["summary", "--format", format, "--minimum", "1"])
      #expect(outcome.status == 0, "\(outcome.errors)")
      for secret in secrets {
        #expect(!outcome.output.contains(secret), "\(format) shows \(secret)")
      }
    }
    let csv = try workbook(["summary", "--format", "csv"]).output
    #expect(
      csv.contains("item,score-gatherings,Offline and online gatherings,median-of-means,3.67\n"))
  }
}
