import FoundationEssentials
import Testing
import WorkbookCore
import WorkbookStore
import WorkbookTestSupport

@Suite("Finding and reading the message files")
struct MessageFolderTests {
  typealias Support = ContentTestSupport

  /// A fake installation as `make install` lays it down: `<prefix>/bin/workbook` and
  /// `<prefix>/share/workbook/messages` holding a German file.
  func installation() throws -> (executable: String, messages: String) {
    let prefix = TemporaryFolder.make()
    let messages = prefix + "/share/workbook/messages"
    try FileManager.default.createDirectory(
      atPath: messages + "/export", withIntermediateDirectories: true)
    try Data("{\n\t\"export-heading-plan\": \"Plan\"\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/export/en.json"))
    try FileManager.default.createDirectory(
      atPath: prefix + "/bin", withIntermediateDirectories: true)
    try Data("{\n\t\"export-heading-plan\": \"Der Plan\"\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/export/de.json"))
    return (prefix + "/bin/workbook", messages)
  }

  @Test func theInstalledMessagesBesideTheBinaryAreFoundAndRead() throws {
    let (executable, messages) = try installation()
    let folder = try #require(
      try MessageFolder.locate(environment: [:], executablePath: executable))
    #expect(folder == MessageFolder(path: messages))
    let german = try folder.messages(for: #require(LanguageTag("de-CH")))
    #expect(german(.exportHeadingPlan) == "Der Plan")
    #expect(german(.exportHeadingSummary) == "Summary")
  }

  @Test func englishIsTheProgramsOwnAndItsFilesAreNotRead() throws {
    let (_, messages) = try installation()
    try Data("{\n\t\"export-heading-plan\": 3\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/export/en.json"))
    let english = try MessageFolder(path: messages).messages(for: .english)
    #expect(english(.exportHeadingPlan) == "Capacity building plan")
  }

  @Test func theGroupsOfALanguageAreReadAsOne() throws {
    let (_, messages) = try installation()
    try FileManager.default.createDirectory(
      atPath: messages + "/plain", withIntermediateDirectories: true)
    try Data("{\n\t\"export-heading-summary\": \"Summary\"\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/plain/en.json"))
    try Data("{\n\t\"export-heading-summary\": \"Zusammenfassung\"\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/plain/de.json"))
    let folder = MessageFolder(path: messages)
    #expect(try folder.groups() == ["export", "plain"])
    #expect(try folder.languages().map(\.code) == ["de", "en"])
    let german = try folder.messages(for: #require(LanguageTag("de")))
    #expect(german(.exportHeadingPlan) == "Der Plan")
    #expect(german(.exportHeadingSummary) == "Zusammenfassung")
  }

  /// A translator who starts a language in one group learns from the check which other groups
  /// still lack it, in one line each.
  @Test func theCheckNamesAGroupWithoutTheLanguage() throws {
    let (_, messages) = try installation()
    try FileManager.default.createDirectory(
      atPath: messages + "/plain", withIntermediateDirectories: true)
    try Data("{\n\t\"export-heading-summary\": \"Summary\"\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/plain/en.json"))
    let problems = try MessageFolder(path: messages).check().map(\.description)
    #expect(
      problems.contains(
        messages + "/plain/de.json: warning: missing, so this group falls back to English "
          + "(1 message); add it beside en.json, with the same keys"))
  }

  @Test func theRepositorysMessagesAboveABuildFolder() throws {
    let executable = Support.repository + "/.build/x86_64-unknown-linux-gnu/debug/workbook"
    let folder = try MessageFolder.locate(environment: [:], executablePath: executable)
    #expect(folder == MessageFolder(path: Support.repository + "/Messages"))
  }

  @Test func theVariableComesFirstAndMustNameAFolder() throws {
    let (executable, _) = try installation()
    let named = TemporaryFolder.make()
    #expect(
      try MessageFolder.locate(
        environment: ["WORKBOOK_MESSAGES": named], executablePath: executable)
        == MessageFolder(path: named))
    #expect(throws: MessageFileError.self) {
      try MessageFolder.locate(
        environment: ["WORKBOOK_MESSAGES": named + "/missing"], executablePath: executable)
    }
  }

  @Test func aBrokenFileIsNamedWithWhatToDo() throws {
    let (_, messages) = try installation()
    try Data("{\n\t\"export-heading-plan\": 3\n}\n".utf8)
      .write(to: URL(fileURLWithPath: messages + "/export/fr.json"))
    #expect(
      throws: MessageFileError(
        file: messages + "/export/fr.json", line: 2,
        message: "the message “export-heading-plan” is not a string; write its text in quotes")
    ) {
      try MessageFolder(path: messages).messages(for: #require(LanguageTag("fr")))
    }
  }
}
