import Foundation
import Testing
import WorkbookCore
import WorkbookTestSupport

/// The plain mode's script run in German and in French, `workbook plain --language TAG <
/// script.txt` through a pipe with TERM=dumb: the prompts speak the language, the session holds
/// what the English run's holds (what people typed, as typed), and each report (Markdown,
/// wikitext, the plan CSV) is what `workbook export --language TAG` writes of that session.
@Suite struct PlainModeLanguageTests {
  struct Language: Sendable, CustomTestStringConvertible {
    var tag: String
    var start: String
    var goodbye: String
    var refused: String
    var planHeading: String

    var testDescription: String { tag }
  }

  static let languages = [
    Language(
      tag: "de", start: "Start: In diesem Ordner gibt es noch keine Sitzungen.\n",
      goodbye: "Alles ist gespeichert. Auf Wiedersehen.\n",
      refused: "keine der möglichen Antworten", planHeading: "Plan zur Kapazitätsentwicklung"),
    Language(
      tag: "fr", start: "Démarrage : aucune séance dans ce dossier pour l’instant.\n",
      goodbye: "Tout est enregistré. Au revoir.\n",
      refused: "ne fait pas partie des réponses possibles",
      planHeading: "Plan de renforcement des capacités"),
  ]

  private static let journey = Checkout.root.appendingPathComponent(
    "Tests/EndToEndTests/Scripts/plain-journey.txt")

  private static func options(_ folder: CommandFolder) -> [String] {
    ["--dir", folder.path("sessions"), "--content", Checkout.root.path + "/Content"]
  }

  private static func onlySession(_ folder: CommandFolder) throws -> Session {
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("sessions"))
      .filter { $0.hasSuffix(".json") }
    try #require(files.count == 1, "sessions: \(files)")
    let data = try Data(contentsOf: URL(fileURLWithPath: folder.path("sessions/\(files[0])")))
    return try JSONDecoder().decode(SessionFile.self, from: data).session
  }

  private struct SessionFile: Decodable {
    var session: Session
  }

  /// The session without what differs from run to run (its id, its times, the order of its
  /// anonymous labels, drawn at random) and from language to language: the language it
  /// remembers, and the focus of a plan row made from a recommendation, which is the
  /// recommendation's text in the content's language.
  private static func comparable(_ session: Session) -> Session {
    var session = session
    session.id = ""
    session.createdAt = ""
    session.updatedAt = ""
    session.labelOrder = []
    session.language = nil
    for index in session.plan.indices where session.plan[index].recommendationID != nil {
      session.plan[index].cells["focus"] = nil
    }
    return session
  }

  @Test(arguments: languages) func aScriptedSessionSpeaksTheLanguageAndKeepsWhatWasTyped(
    _ language: Language
  ) throws {
    let script = try Data(contentsOf: Self.journey)
    let english = try CommandFolder()
    let englishRun = try english.workbook(
      ["plain"] + Self.options(english), environment: ["TERM": "dumb"], input: script)
    #expect(englishRun.status == 0, "\(englishRun.errors)")

    let folder = try CommandFolder()
    let outcome = try folder.workbook(
      ["plain", "--language", language.tag] + Self.options(folder), environment: ["TERM": "dumb"],
      input: script)
    #expect(outcome.status == 0, "\(outcome.errors)")
    #expect(outcome.errors.isEmpty)
    let controls = outcome.output.unicodeScalars.filter {
      ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value)
    }
    #expect(controls.isEmpty, "control characters: \(controls.map(\.value))")
    #expect(!outcome.output.contains(language.refused), "the script went astray")
    #expect(outcome.output.hasPrefix("\n" + language.start))
    #expect(outcome.output.hasSuffix(language.goodbye))
    #expect(!outcome.output.contains("Type a number"))

    let session = try Self.onlySession(folder)
    #expect(session.language == language.tag)
    #expect(Self.comparable(session) == Self.comparable(try Self.onlySession(english)))
    #expect(
      session.reflection["strength-or-challenge"]?.text
        == "We are good at gatherings,\nless at listening.")

    // Each report is what `workbook export` writes of the session in the language.
    let exports: [(file: String, arguments: [String])] = [
      ("Plain-journey.md", ["--format", "markdown"]),
      ("Plain-journey.wiki", ["--format", "wikitext"]),
      ("Plain-journey-plan.csv", ["--format", "csv", "--what", "plan"]),
    ]
    for (file, arguments) in exports {
      let written = try Data(contentsOf: URL(fileURLWithPath: folder.path(file)))
      let command = try folder.workbook(
        ["export", session.id, "-o", folder.path("command-" + file), "--language", language.tag]
          + arguments + Self.options(folder))
      #expect(command.status == 0, "\(command.errors)")
      let expected = try Data(contentsOf: URL(fileURLWithPath: folder.path("command-" + file)))
      #expect(written == expected, "\(file) differs from workbook export")
    }
    let report = try String(contentsOfFile: folder.path("Plain-journey.md"), encoding: .utf8)
    #expect(report.contains(language.planHeading))
  }
}
