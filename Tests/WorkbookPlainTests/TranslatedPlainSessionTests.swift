import Foundation
import Testing
import WorkbookConsole
import WorkbookCore
import WorkbookPlain
import WorkbookRuntime
import WorkbookWorkflow

/// The plain mode in German and French: the end-to-end test's script piped through the console
/// (standard input a file, standard output a file, as `workbook plain < script` on a dumb
/// terminal), once in English and once in the other language. The prompts speak the language;
/// what people typed and the session are the English run's, and the exports are what the plain
/// mode writes of that session in the language.
@Suite struct TranslatedPlainSessionTests {
  /// A piped run: what it wrote, the sessions it left, the exports it wrote.
  struct Run {
    var transcript: String
    var performer: InMemoryEffectPerformer
  }

  static func run(_ messages: Messages) throws -> Run {
    let strategy = try FrontEndParityTests.strategy()
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("plain-\(messages.language.code)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let script = FrontEndParityTests.root.appendingPathComponent(
      "Tests/EndToEndTests/Scripts/plain-journey.txt")
    let transcript = folder.appendingPathComponent("transcript.txt")
    let input = open(script.path, O_RDONLY)
    let output = open(transcript.path, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    try #require(input >= 0 && output >= 0)
    defer {
      close(input)
      close(output)
    }
    // A pipe or a file: no clearing between people, never an escape sequence.
    var runtime = Runtime(
      state: PlainState(strategies: [strategy], currentFolder: "/work", messages: messages),
      frontEnd: PlainFrontEnd(),
      terminal: Console(input: input, output: output, clearing: .nothing),
      performer: InMemoryEffectPerformer(strategies: [strategy], language: messages.language))
    #expect(runtime.run(launchEffects: PlainState.launchEffects) == .quit)
    runtime.terminal.show(runtime.frontEnd.output(for: runtime.state))
    return Run(
      transcript: try String(contentsOf: transcript, encoding: .utf8),
      performer: runtime.performer)
  }

  /// The same workshop as the English run: the same session (but for the language it
  /// remembers), and the exports the plain mode writes of the English run's session in the
  /// run's language. The scores
  /// CSV, a data format, is the English run's byte for byte in any language.
  static func expectSameWorkshop(_ translated: Run, as english: Run, _ messages: Messages) throws {
    let session = try #require(translated.performer.saved.values.first)
    let englishSession = try #require(english.performer.saved.values.first)
    #expect(translated.performer.saved.count == 1)
    // The session remembers the language it was made in; nothing else differs.
    #expect(session.language == messages.language.code && englishSession.language == "en")
    var sameLanguage = session
    sameLanguage.language = englishSession.language
    #expect(
      FrontEndParityTests.comparable(sameLanguage)
        == FrontEndParityTests.comparable(englishSession))
    // Typed text is kept as typed, never translated.
    #expect(session.title == "Plain journey" && session.organization == "WMNO")
    #expect(session.participants.map(\.name) == ["Ana", "Bo", "Chen"])
    #expect(
      session.reflection["strength-or-challenge"]?.text
        == "We are good at gatherings,\nless at listening.")
    #expect(session.plan.last?["who"] == "Bo")

    var englishInLanguage = englishSession
    englishInLanguage.language = session.language
    let expected = try exports(of: englishInLanguage, messages: messages)
    #expect(expected.count == 5)
    #expect(translated.performer.exports.keys.sorted() == expected.keys.sorted())
    for (path, text) in translated.performer.exports {
      #expect(expected[path]?.utf8.elementsEqual(text.utf8) == true, "\(path)")
    }
    for path in ["/work/Plain-journey-scores.csv"] {
      let written = try #require(translated.performer.exports[path])
      #expect(english.performer.exports[path]?.utf8.elementsEqual(written.utf8) == true, "\(path)")
    }
  }

  /// What the plain mode in `messages`' language writes of `session` in each format, by path.
  static func exports(of session: Session, messages: Messages) throws -> [String: String] {
    var state = PlainState(
      strategies: [try FrontEndParityTests.strategy()], currentFolder: "/work", messages: messages)
    _ = state.receive(.result(.sessionOpened(session)))
    _ = state.receive(.line("6"))
    var written: [String: String] = [:]
    for number in 1...ExportChoice.allCases.count {
      _ = state.receive(.line("\(number)"))
      let effects = state.receive(.line(""))
      guard case .writeExport(let request)? = effects.first else {
        Issue.record("format \(number) wrote nothing: \(effects)")
        continue
      }
      written[request.path] = request.text
      _ = state.receive(.result(.exportWritten(path: request.path)))
    }
    return written
  }

  /// Nothing of the English prompts, and no message missing (shown as ⧼key⧽).
  static func expectNoEnglishPrompt(_ transcript: String) {
    for english in [
      "Type a number", "then Enter.", "New session", "choose a step", "Who scores next?",
      "Thank you", "Results:", "Recommendations:", "which format?", "Goodbye",
      "is not one of the answers",
    ] {
      #expect(!transcript.contains(english), "“\(english)” is still English")
    }
    #expect(!transcript.contains("⧼"), "a message is missing")
  }

  @Test func aGermanSessionAsksInGermanAndLeavesTheEnglishRunsSessionAndExports() throws {
    let english = try Self.run(.english)
    let german = try Self.run(try PlainLanguage.messages("de"))
    try Self.expectSameWorkshop(german, as: english, try PlainLanguage.messages("de"))
    Self.expectNoEnglishPrompt(german.transcript)
    let lines = german.transcript.split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
    for expected in [
      "Start: In diesem Ordner gibt es noch keine Sitzungen.",
      "  1. Eine neue Sitzung beginnen",
      "Tippe eine Zahl von 1 bis 2, dann Enter.",
      "Neue Sitzung, 3 von 5: Wie wollt ihr arbeiten?",
      "Sitzung „Plain journey“: Wähle einen Schritt.",
      "  2. Bewertungen (0 von 3 haben bewertet, verdeckt bis zum Aufdecken)",
      "  5. Plan (1 Zeile)",
      "  6. Export in eine Datei",
      "  3. CSV: Bewertungen",
      "Bewertungen: Gib die Tastatur an Ana weiter.",
      "Danke, Bo. Deine Bewertungen sind gespeichert und verdeckt. Gib die Tastatur zurück.",
      "Die Bewertungen sind aufgedeckt.",
      "Ergebnisse:",
      "Alles ist gespeichert. Auf Wiedersehen.",
    ] {
      #expect(lines.contains(expected), "no line “\(expected)”")
    }
    // What people typed shows as they typed it, inside the German sentences.
    #expect(lines.contains("    We are good at gatherings,"))
    #expect(
      lines.contains(
        "Danke, Chen. Deine Bewertungen sind gespeichert und verdeckt. Gib die Tastatur zurück."))
    #expect(german.transcript.hasSuffix("Alles ist gespeichert. Auf Wiedersehen.\n"))
    // The report is written in the session's language.
    #expect(
      german.performer.exports["/work/Plain-journey.md"]?.contains("Plan zur Kapazitätsentwicklung")
        == true)
  }

  @Test func aFrenchSessionAsksInFrenchAndLeavesTheEnglishRunsSessionAndExports() throws {
    let english = try Self.run(.english)
    let french = try Self.run(try PlainLanguage.messages("fr"))
    try Self.expectSameWorkshop(french, as: english, try PlainLanguage.messages("fr"))
    Self.expectNoEnglishPrompt(french.transcript)
    for expected in [
      "Démarrage : aucune séance dans ce dossier pour l’instant.",
      "Tapez un nombre de 1 à 2, puis Enter.",
      "Séance « Plain journey » : choisissez une étape.",
      "  1. Aperçu : ce dont traite cette séance",
      "  2. Notes (3 sur 3 ont noté, notes dévoilées)",
      "Merci, Ana. Vos notes sont enregistrées et cachées. Rendez le clavier.",
      "Tout est enregistré. Au revoir.",
    ] {
      #expect(french.transcript.contains(expected + "\n"), "no line “\(expected)”")
    }
    #expect(
      french.performer.exports["/work/Plain-journey.md"]?.contains(
        "Plan de renforcement des capacités") == true)
  }
}
