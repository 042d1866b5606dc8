import Testing
import WorkbookCore
import WorkbookStore

@testable import workbook

/// The commands' sentences built from the message files: counts take each language's plural
/// forms, and whatever a person typed goes in as a value, escaped and never read as a message.
@Suite struct CommandMessagesTests {
  /// The messages of the repository's Messages folder in `language`.
  static func messages(_ language: String) throws -> Messages {
    let root = #filePath.split(separator: "/").dropLast(3).joined(separator: "/")
    return try MessageFolder(path: "/\(root)/Messages").messages(for: LanguageTag(language)!)
  }

  /// A workshop of `people` of whom `finished` have scored.
  static func session(people: Int, finished: Int) -> Session {
    Session(
      id: "abc", title: "T", createdAt: "2026-03-01T10:00:00Z",
      participants: (0..<people).map {
        Participant(id: "p\($0)", name: "P\($0)", finishedScoring: $0 < finished)
      }, strategyID: "s", contentVersion: "1")
  }

  @Test(arguments: [
    ("en", ["0 of 1 person have scored", "1 of 4 people has scored", "3 of 4 people have scored"]),
    (
      "de",
      [
        "0 von 1 Person haben bewertet", "1 von 4 Personen hat bewertet",
        "3 von 4 Personen haben bewertet",
      ]
    ),
    ("fr", ["0 personne sur 1 a noté", "1 personne sur 4 a noté", "3 personnes sur 4 ont noté"]),
  ])
  func whoHasScoredTakesEachLanguagesPluralForms(language: String, expected: [String]) throws {
    let m = try Self.messages(language)
    let said = [(1, 0), (4, 1), (4, 3)].map {
      Self.session(people: $0.0, finished: $0.1).scoredSummary(m)
    }
    #expect(said == expected)
  }

  @Test func typedTextGoesInEscapedAndAsTyped() throws {
    let m = try Self.messages("de")
    let typed = "Rot\u{1B}[31m {{PLURAL:$1|x}} $1\nZeile"
    let printed = m.output(.cliHistoryTitle, typed).description
    #expect(printed == "„\(TerminalText.field(typed))“")
    #expect(printed.contains("{{PLURAL:$1|x}} $1"))
    #expect(!printed.contains("\u{1B}") && !printed.contains("\n"))
  }
}
