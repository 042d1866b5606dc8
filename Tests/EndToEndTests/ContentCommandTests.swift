import Foundation
import Testing

/// `workbook content check` and `content show` as an author and a script use them: the real
/// binary, its exit status, standard output and standard error.
@Suite struct ContentCommandTests {
  static let shipped = Checkout.root.appendingPathComponent(
    "Content/working-with-online-contributors.md")

  /// Runs the workbook from `folder`, with no WORKBOOK_CONTENT in its environment.
  static func workbook(in folder: CommandFolder, _ arguments: [String]) throws
    -> CommandFolder.Outcome
  {
    try folder.workbook(arguments, environment: ["WORKBOOK_CONTENT": nil])
  }

  @Test func checkFindsTheShippedContentWithNoFlagsAndSaysOK() throws {
    let outcome = try Self.workbook(in: CommandFolder(), ["content", "check"])
    #expect(outcome.status == 0)
    #expect(outcome.errors == "")
    let folder = Self.shipped.deletingLastPathComponent().path
    #expect(
      outcome.output
        == "OK \(Self.shipped.path): working-with-online-contributors, 6 reflection questions, "
        + "4 score items, 3 recommendation groups, 17 recommendations, 3 reference sections, "
        + "8 plan columns\n"
        + "OK \(folder)/working-with-online-contributors.de.md: de translation of \(Self.shipped.path)\n"
        + "OK \(folder)/working-with-online-contributors.fr.md: fr translation of \(Self.shipped.path)\n"
    )
  }

  /// A copy of the shipped strategy and of its German translation in a folder of their own.
  static func translatedCopy(
    in folder: CommandFolder, changing change: (String) -> String
  ) throws -> (source: URL, translation: URL) {
    let source = folder.url.appendingPathComponent("strategy.md")
    let translation = folder.url.appendingPathComponent("strategy.de.md")
    try String(contentsOf: Self.shipped, encoding: .utf8)
      .write(to: source, atomically: true, encoding: .utf8)
    let german = Self.shipped.deletingLastPathComponent()
      .appendingPathComponent("working-with-online-contributors.de.md")
    try change(try String(contentsOf: german, encoding: .utf8))
      .write(to: translation, atomically: true, encoding: .utf8)
    return (source, translation)
  }

  @Test func checkWarnsOfEachUntranslatedPartWithItsLinesAndStillSaysOK() throws {
    let folder = try CommandFolder()
    let (source, translation) = try Self.translatedCopy(in: folder) {
      $0.replacingOccurrences(of: "- Wer: Wer macht es? {#who}\n", with: "")
    }

    let outcome = try Self.workbook(in: folder, ["content", "check", folder.url.path])

    #expect(outcome.status == 0)
    #expect(
      outcome.errors
        == "\(translation.path):222: warning: the plan column “who” is not translated, so it "
        + "shows in the source’s words, marked as such; translate it from \(source.path):231\n")
    #expect(
      outcome.output.hasSuffix(
        "OK \(translation.path): de translation of \(source.path), 1 not translated\n"))
    let shown = try Self.workbook(
      in: folder, ["content", "show", "--content", folder.url.path, "--language", "de"])
    #expect(shown.output.contains("- [who] (not translated) Who: Who will do it?"))
    #expect(shown.output.contains("- [goal] Ziel: Was soll wahr sein, wenn wir fertig sind?"))
  }

  @Test func checkRefusesAnIDTheSourceLacksNamingTheTranslationsLine() throws {
    let folder = try CommandFolder()
    let (_, translation) = try Self.translatedCopy(in: folder) {
      $0.replacingOccurrences(of: "{#case-studies}", with: "{#case-study}")
    }

    let outcome = try Self.workbook(in: folder, ["content", "check", translation.path])

    #expect(outcome.status == 1)
    #expect(outcome.output == "")
    #expect(
      outcome.errors
        == "\(translation.path):145: “case-study” is not a recommendation of “communication” in "
        + "the source; use the id of the source’s part this translates, or remove it\n")
  }

  @Test func checkOnABrokenCopyListsEveryProblemWithItsLineOnStandardError() throws {
    let folder = try CommandFolder()
    let broken = folder.url.appendingPathComponent("broken.md")
    let text = try String(contentsOf: Self.shipped, encoding: .utf8)
      .replacingOccurrences(of: "version: 1\n", with: "")
      .replacingOccurrences(of: "{#case-studies}", with: "{#meet-in-person}")
    try text.write(to: broken, atomically: true, encoding: .utf8)

    let outcome = try Self.workbook(in: folder, ["content", "check", broken.path])

    #expect(outcome.status == 1)
    #expect(outcome.output == "")
    let lines = outcome.errors.split(separator: "\n").map(String.init)
    #expect(lines.count == 2)
    #expect(lines.first?.hasPrefix("\(broken.path):8: the front matter has no “version”") == true)
    #expect(lines.last?.hasPrefix("\(broken.path):") == true)
    #expect(lines.last?.contains("duplicate id “meet-in-person”") == true)
  }

  @Test func showJSONListsEverySectionWithItsIDs() throws {
    let outcome = try Self.workbook(
      in: CommandFolder(),
      [
        "content", "show", "working-with-online-contributors", "--json", "--content",
        Checkout.root.appendingPathComponent("Content").path,
      ])
    #expect(outcome.status == 0)
    let json = try #require(
      JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Any])
    let questions = try #require(json["reflectionQuestions"] as? [[String: Any]])
    let items = try #require(json["scoreItems"] as? [[String: Any]])
    let groups = try #require(json["recommendationGroups"] as? [[String: Any]])
    let plan = try #require(json["plan"] as? [String: Any])
    let columns = try #require(plan["columns"] as? [[String: Any]])
    #expect(questions.compactMap { $0["id"] as? String }.count == 6)
    #expect(items.compactMap { $0["id"] as? String }.count == 4)
    #expect(groups.compactMap { $0["id"] as? String } == ["gatherings", "communication", "needs"])
    let recommendations = groups.flatMap { $0["recommendations"] as? [[String: Any]] ?? [] }
    #expect(recommendations.compactMap { $0["id"] as? String }.count == 17)
    #expect(columns.compactMap { $0["id"] as? String }.count == 8)
    #expect(json["referenceSections"] != nil && json["scale"] != nil && json["source"] != nil)
  }

  @Test func anUnknownStrategyOrContentFolderIsAnErrorOnStandardError() throws {
    let unknown = try Self.workbook(in: CommandFolder(), ["content", "show", "no-such-strategy"])
    #expect(unknown.status == 1)
    #expect(unknown.output == "")
    #expect(
      unknown.errors
        == "no strategy with id “no-such-strategy”; the strategies are: "
        + "working-with-online-contributors\n")

    let missing = try Self.workbook(
      in: CommandFolder(), ["content", "check", "--content", "/no/such/folder"])
    #expect(missing.status == 1)
    #expect(
      missing.errors
        == "/no/such/folder: no such file or folder (named by --content); check the path\n")
  }
}
