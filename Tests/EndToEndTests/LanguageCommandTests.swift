import Foundation
import Testing

/// The language of the reports as a German or French team meets it: chosen by --language, by
/// WORKBOOK_LANGUAGE or by the locale, and the message files checked as a translator checks them.
@Suite struct LanguageCommandTests {
  static let messages = Checkout.root.appendingPathComponent("Messages")

  /// Runs the workbook with a sessions folder in `folder`, the shipped content, and the locale
  /// and language variables given (and no others).
  static func workbook(
    in folder: CommandFolder, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> CommandFolder.Outcome {
    var changes: [String: String?] = [
      "WORKBOOK_LANGUAGE": nil, "LC_ALL": nil, "LC_MESSAGES": nil, "LANG": nil,
      "WORKBOOK_MESSAGES": nil,
    ]
    for (name, value) in environment { changes[name] = value }
    return try folder.workbook(
      arguments + [
        "--dir", folder.path("sessions"), "--content",
        Checkout.root.appendingPathComponent("Content").path,
      ], environment: changes)
  }

  static func export(
    _ folder: CommandFolder, _ id: String, _ options: [String] = [],
    environment: [String: String] = [:], format: String = "markdown"
  ) throws -> CommandFolder.Outcome {
    try workbook(
      in: folder, ["export", id, "--format", format] + options, environment: environment)
  }

  static func session(in folder: CommandFolder) throws -> String {
    let created = try workbook(
      in: folder, ["new", "--title", "Réunion {{PLURAL:$1|x}} $1", "--participants", "Ana,Bo"])
    try #require(created.status == 0, "\(created.errors)")
    return created.output.trimmingCharacters(in: .whitespacesAndNewlines)
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func theOptionTheVariableOrTheLocaleChooseTheReportsLanguage() throws {
    let folder = try CommandFolder()
    let id = try Self.session(in: folder)
    let english = try Self.export(folder, id)
    #expect(english.status == 0, "\(english.errors)")
    #expect(english.output.contains("\n## Capacity building plan\n"))

    let german = try Self.export(folder, id, ["--language", "de"])
    #expect(german.status == 0 && !german.errors.contains("messages"), "\(german.errors)")
    #expect(german.output.contains("\n## Plan zur Kapazitätsentwicklung\n"))
    // The content's German translation, marked as one.
    #expect(german.output.contains("- **Übersetzung:** "))
    #expect(!english.output.contains("Übersetzung"))
    #expect(german.output.contains("*Die Bewertungen sind noch nicht aufgedeckt: 0 von 2"))
    // The title is the team's: as typed, never read as a message.
    #expect(german.output.prefix { $0 != "\n" } == english.output.prefix { $0 != "\n" })

    let french = try Self.export(folder, id, environment: ["WORKBOOK_LANGUAGE": "fr"])
    #expect(french.output.contains("\n## Plan de renforcement des capacités\n"))
    #expect(
      try Self.export(folder, id, ["--language", "de"], environment: ["WORKBOOK_LANGUAGE": "fr"])
        .output == german.output)
    // The session was made in English and remembers it: the locale does not change its report.
    #expect(
      try Self.export(folder, id, environment: ["LANG": "de_AT.UTF-8"]).output == english.output)
    // A session from before sessions remembered their language follows the locale.
    try SessionLanguageTests.forgetLanguage(of: id, in: folder)
    #expect(
      try Self.export(folder, id, environment: ["LANG": "de_AT.UTF-8"]).output == german.output)
    #expect(
      try Self.export(folder, id, environment: ["LC_MESSAGES": "fr_FR.UTF-8", "LANG": "de_DE"])
        .output == french.output)
    #expect(
      try Self.export(folder, id, environment: ["LC_ALL": "C.UTF-8", "LANG": "de_DE"]).output
        == english.output)

    // JSON is data: the same bytes in every language.
    #expect(
      try Self.export(folder, id, ["--language", "de"], format: "json").output
        == (try Self.export(folder, id, format: "json").output))
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func aLanguageWithoutMessagesIsSaidAndAnInvalidOneRefused() throws {
    let folder = try CommandFolder()
    let id = try Self.session(in: folder)
    let english = try Self.export(folder, id)
    let unknown = try Self.export(folder, id, ["--language", "ja"])
    #expect(unknown.status == 0)
    #expect(unknown.output == english.output)
    #expect(unknown.errors.contains("no messages in “ja”"))
    #expect(unknown.errors.contains("ja.json"))
    // From the locale, a language without messages is English without a word.
    let fromLocale = try Self.export(folder, id, environment: ["LANG": "ja_JP.UTF-8"])
    #expect(fromLocale.output == english.output)
    #expect(!fromLocale.errors.contains("no messages"))

    let invalid = try Self.export(folder, id, ["--language", "de/../x"])
    #expect(invalid.status == 2)
    #expect(invalid.errors.contains("--language is “de/../x”"))
    let invalidVariable = try Self.export(
      folder, id, environment: ["WORKBOOK_LANGUAGE": "not a tag"])
    #expect(invalidVariable.status == 1)
    #expect(invalidVariable.errors.contains("WORKBOOK_LANGUAGE is “not a tag”"))
  }

  @Test(.enabled(if: ExportCommandTests.binaryIsBuilt, "the workbook is not built"))
  func messagesCheckPassesTheShippedFilesAndNamesEachProblemsLine() throws {
    let folder = try CommandFolder()
    let shipped = try Self.workbook(in: folder, ["messages", "check", Self.messages.path])
    #expect(shipped.status == 0 && shipped.errors == "", "\(shipped.errors)")
    #expect(shipped.output == "OK de\nOK en\nOK fr\n")

    let copy = folder.url.appendingPathComponent("messages")
    try FileManager.default.copyItem(at: Self.messages, to: copy)
    let german = copy.appendingPathComponent("export/de.json")
    var lines = try String(contentsOf: german, encoding: .utf8)
      .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let planLine = try #require(lines.firstIndex { $0.contains("\"export-heading-plan\"") })
    lines.remove(at: planLine)
    let spreadLine = try #require(lines.firstIndex { $0.contains("\"export-spread-range\"") })
    lines[spreadLine] = "\t\"export-spread-range\": \"$1 ($2 bis $4)\","
    lines.insert("\t\"export-heading-plann\": \"Plan\",", at: spreadLine + 1)
    try lines.joined(separator: "\n").write(to: german, atomically: true, encoding: .utf8)

    let broken = try Self.workbook(in: folder, ["messages", "check", copy.path])
    #expect(broken.status == 1)
    #expect(broken.output == "")
    let file = german.path
    #expect(
      broken.errors == """
        \(file): warning: “export-heading-plan” is not translated and falls back to English; add it
        \(file):\(spreadLine + 1): error: “export-spread-range” uses $1, $2, $4 where English uses \
        $1, $2, $3; use the same parameters
        \(file):\(spreadLine + 2): error: “export-heading-plann” is not in en.json; remove it, or \
        check the key's spelling

        """)
  }
}
