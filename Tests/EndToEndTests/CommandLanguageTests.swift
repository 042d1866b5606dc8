import Foundation
import Testing

/// The commands' own words as a German or French team meets them: `list`, `show`, `reveal`,
/// `scores import`, `compare`, `summary`, `history`, `content show` and the commands' errors,
/// in the language --language, WORKBOOK_LANGUAGE or the locale chooses. The expectations are
/// read from the message files where a line is one message, and a few are written out, so a
/// lookup that falls back to English, or shows a key, fails. Numbers keep their format (2.33,
/// never 2,33), typed text stays as typed, and the data formats stay English.
@Suite struct CommandLanguageTests {
  static let items = ["score-gatherings", "score-communication", "score-needs", "score-overall"]
  /// A title that looks like message syntax: it must come out as typed.
  static let title = "Réunion {{PLURAL:$1|x}} $1"
  /// The title as the Markdown reports write it, escaped and otherwise as typed.
  static let markdownTitle = #"Réunion {{PLURAL:\$1\|x}} \$1"#

  private let folder: CommandFolder

  init() throws {
    folder = try CommandFolder()
  }

  /// Runs the workbook with the sessions folder and content of `LanguageCommandTests`.
  private func workbook(_ arguments: [String], environment: [String: String] = [:]) throws
    -> CommandFolder.Outcome
  {
    try LanguageCommandTests.workbook(in: folder, arguments, environment: environment)
  }

  /// The message `key` of the command line's messages in `language`, with `arguments` for $1,
  /// $2 … (for messages without PLURAL).
  static func message(_ language: String, _ key: String, _ arguments: String...) throws -> String {
    let file = LanguageCommandTests.messages.appendingPathComponent("command-line/\(language).json")
    let messages = try #require(
      try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
    var text = try #require(messages[key] as? String, "\(key) is not in \(file.path)")
    #expect(!text.contains("{{"), "\(key) has PLURAL: write the expectation out")
    for (index, argument) in arguments.enumerated().reversed() {
      text = text.replacingOccurrences(of: "$\(index + 1)", with: argument)
    }
    return text
  }

  private func new(_ arguments: [String]) throws -> String {
    let created = try workbook(["new"] + arguments)
    try #require(created.status == 0, "\(created.errors)")
    return created.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Imports `answers` (per person, in the order of `items`); returns what the import printed.
  @discardableResult
  private func score(_ id: String, _ answers: [String: [Int]], language: String = "en") throws
    -> CommandFolder.Outcome
  {
    var lines = ["participant,item,score"]
    for (name, scores) in answers.sorted(by: { $0.key < $1.key }) {
      for (item, score) in zip(Self.items, scores) { lines.append("\(name),\(item),\(score)") }
    }
    try lines.joined(separator: "\n").write(
      toFile: folder.path("scores.csv"), atomically: true, encoding: .utf8)
    let imported = try workbook(
      ["scores", "import", id, folder.path("scores.csv"), "--language", language])
    #expect(imported.status == 0, "\(imported.errors)")
    return imported
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func listShowImportAndRevealSpeakTheChosenLanguage() throws {
    let id = try new(["--title", Self.title, "--participants", "Ana,Bo"])

    let list = try workbook(["list", "--language", "de"])
    #expect(list.status == 0, "\(list.errors)")
    #expect(list.output.contains(Self.title))
    #expect(list.output.contains(" % erledigt"))
    #expect(list.output.contains(try Self.message("de", "cli-list-updated", "")))
    #expect(!list.output.contains("done") && !list.output.contains("updated"))

    let show = try workbook(["show", id], environment: ["LANG": "de_DE.UTF-8"])
    #expect(show.status == 0, "\(show.errors)")
    let lines = show.output.split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.first?.hasPrefix("Sitzung \(id) · ") == true)
    #expect(lines.count > 3 && lines[2].hasPrefix("Stand: 0 von 2 Personen haben bewertet · "))
    #expect(
      show.output.contains(
        "Die Bewertungen sind noch nicht aufgedeckt; decke sie mit `workbook reveal \(id)` auf."))
    #expect(show.output.contains("\n# \(Self.markdownTitle)\n"), "the report's title is as typed")

    let french = try workbook(["show", id, "--language", "fr"])
    #expect(french.output.hasPrefix("Séance \(id) · "))
    #expect(french.output.contains("\nAvancement : 0 personne sur 2 a noté · réflexion 0/"))
    #expect(french.output.contains(try Self.message("fr", "cli-show-not-revealed", id)))
    // --json is data: the same bytes in every language.
    #expect(
      try workbook(["show", id, "--json", "--language", "fr"]).output
        == (try workbook(["show", id, "--json"]).output))

    let nobody = try workbook(["reveal", id, "--language", "de"])
    #expect(nobody.status == 1)
    #expect(
      nobody.errors == "in \(id) hat noch niemand bewertet, also gibt es nichts aufzudecken\n")

    let imported = try score(id, ["Ana": [2, 3, 4, 5]], language: "de")
    #expect(
      imported.output == """
        4 Bewertungen in \(id) importiert.
        1 von 2 Personen hat alle Punkte bewertet; die Bewertungen bleiben verborgen, bis du sie \
        aufdeckst (workbook reveal \(id)).

        """)
    let waiting = try workbook(["reveal", id], environment: ["WORKBOOK_LANGUAGE": "fr"])
    #expect(waiting.status == 1)
    #expect(
      waiting.errors.hasPrefix("1 personne sur 2 a noté dans \(id) ; doivent encore noter : Bo."))
    let revealed = try workbook(["reveal", id, "--yes", "--language", "fr"])
    #expect(revealed.status == 0, "\(revealed.errors)")
    #expect(
      revealed.output
        == "Les notes sont dévoilées : 1 personne sur 2 a noté.\n"
        + (try Self.message("fr", "cli-revealed-see-them", id)) + "\n")
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func compareAndSummaryAreInTheLanguageWithTheirNumbersAndDataUnchanged() throws {
    let earlier = try new(
      [
        "--title", "Ruritania 2025", "--organization", "WM Ruritania", "--participants",
        "Ana,Bo,Cy",
      ])
    try score(earlier, ["Ana": [2, 4, 3, 3], "Bo": [3, 4, 3, 3], "Cy": [2, 5, 3, 3]])
    #expect(try workbook(["reveal", earlier]).status == 0)
    let later = try new(["--title", Self.title, "--based-on", earlier])
    try score(later, ["Ana": [4, 2, 3, 3], "Bo": [3, 4, 3, 3], "Cy": [4, 5, 3, 3]])
    #expect(try workbook(["reveal", later]).status == 0)

    let german = try workbook(["compare", earlier, later, "--language", "de"])
    #expect(german.status == 0 && german.errors == "", "\(german.errors)")
    #expect(german.output.hasPrefix("# Was sich bewegt hat: \(Self.markdownTitle)\n"))
    #expect(german.output.contains("\n- **Organisation:** WM Ruritania\n"))
    #expect(
      german.output.contains("\n- **\(try Self.message("de", "cli-compare-this-session"))** "))
    // The content's German words, and the figures written as every language writes them.
    #expect(german.output.contains("| Treffen vor Ort und online | 2.33 | 3.67 |"))
    #expect(german.output.contains("gestiegen von 2.33 auf 3.67"))
    let french = try workbook(["compare", earlier, later], environment: ["LC_ALL": "fr_FR.UTF-8"])
    #expect(french.output.hasPrefix("# Ce qui a changé : \(Self.markdownTitle)\n"))
    #expect(french.output.contains("| Rencontres en personne et en ligne | 2.33 | 3.67 |"))
    #expect(french.output.contains("en hausse de 2.33 à 3.67"))
    #expect(
      try workbook(["compare", earlier, later, "--json", "--language", "de"]).output
        == (try workbook(["compare", earlier, later, "--json"]).output))

    let summary = try workbook(["summary", "--minimum", "1", "--language", "de"])
    #expect(summary.status == 0, "\(summary.errors)")
    #expect(summary.output.hasPrefix("# Über die Organisationen hinweg: "))
    #expect(summary.output.contains("- **Gezählte Organisationen:** 1\n"))
    #expect(
      summary.output.contains(
        "- **Nicht berücksichtigt:** 1 Sitzung: eine frühere Sitzung einer Organisation, die mit "
          + "einer späteren gezählt wird\n"))
    #expect(
      summary.output.contains(
        "| Punkt | Organisationen | Median der Mittelwerte | Mittelwerte 1–1.99 | Mittelwerte "
          + "2–2.99 | Mittelwerte 3–3.99 | Mittelwerte 4–5 | Uneinig |"))
    #expect(
      summary.output.contains("| Treffen vor Ort und online | 1 | 3.67 | 0 | 0 | 1 | 0 | 0 |"))
    #expect(
      summary.output.contains("\n## \(try Self.message("de", "cli-summary-heading-plan-themes"))\n")
    )
    let frenchSummary = try workbook(["summary", "--minimum", "1", "--language", "fr"])
    #expect(
      frenchSummary.output.contains(
        "| Point | Organisations | Médiane des moyennes | Moyennes 1–1.99 |"))
    #expect(frenchSummary.output.contains("\n### Le plus souvent marquées « À essayer ensuite »\n"))
    let withheld = try workbook(["summary", "--language", "fr"])
    #expect(
      withheld.output.contains(
        "*\(try Self.message("fr", "cli-summary-withheld", "3"))*"))
    for format in ["csv", "json"] {
      #expect(
        try workbook(["summary", "--minimum", "1", "--format", format, "--language", "de"]).output
          == (try workbook(["summary", "--minimum", "1", "--format", format]).output))
    }
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func historyContentAndTheCommandsErrorsSpeakTheChosenLanguage() throws {
    let id = try new(["--title", Self.title, "--participants", "Ana,Bo"])
    let history = try workbook(["history", id, "--language", "de"])
    #expect(history.status == 0, "\(history.errors)")
    #expect(
      history.output.hasPrefix("Von ") && history.output.contains("sind noch keine früheren"))

    let content = try workbook(["content", "show"], environment: ["LANG": "fr_FR.UTF-8"])
    #expect(content.output.contains("\nQUESTIONS DE RÉFLEXION\n"))
    #expect(content.output.contains("\nPOINTS À NOTER\n"))
    #expect(content.output.contains("- 4 : "), "the scale's lines")
    let check = try workbook(["content", "check", "--language", "de"])
    #expect(check.status == 0, "\(check.errors)")
    #expect(check.output.contains(" Reflexionsfragen, "))
    #expect(check.output.contains(": Übersetzung (fr) von "))

    let format = try workbook(["export", id, "--format", "pdf", "--language", "fr"])
    #expect(format.status == 2)
    #expect(format.errors.contains(try Self.message("fr", "cli-export-format-unknown", "pdf")))
    let title = try workbook(
      ["new", "--title", "", "--participants", "A"], environment: ["LANG": "de_DE"])
    #expect(title.status == 2)
    #expect(title.errors.contains("der Titel ist leer; gib einen mit --title an"))
    let language = try workbook(
      ["list", "--language", "de/../x"], environment: ["WORKBOOK_LANGUAGE": "fr"])
    #expect(language.status == 2)
    #expect(language.errors.contains("--language vaut « de/../x »"))
  }
}
