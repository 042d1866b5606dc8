import ArgumentParser
import WorkbookCore
import WorkbookStore

/// `workbook messages check [FOLDER]`: every message file against English and the program.
struct MessagesCheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check the message files and list every problem with its file and line.",
    discussion: """
      Errors: a message the program uses missing from en.json, or one it does not use; a message \
      without its documentation in qqq.json; a message in a translation that en.json does not \
      have; parameters ($1, $2 …) that differ from English; a PLURAL or GENDER that cannot be \
      read. Warnings: a message not yet translated, which falls back to English. Prints one OK \
      line per language and exits 0 when there are no errors (warnings alone are fine); \
      otherwise exits 1. Problems go to standard error as file:line: severity: message.
      """
  )

  @Argument(
    help: ArgumentHelp(
      "The folder of message files (default: $WORKBOOK_MESSAGES, the installed messages, or the "
        + "repository's Messages folder).", valueName: "FOLDER"))
  var folder: String?

  @OptionGroup var language: LanguageOption

  func run() throws {
    // The files checked may be the ones the words come from: broken, they give English here
    // and are reported below.
    let m = language.quietMessages()
    let found: MessageFolder?
    let problems: [MessageProblem]
    let languages: [LanguageTag]
    do throws(MessageFileError) {
      if let folder {
        found = MessageFolder(path: folder)
      } else {
        found = try MessageFolder.locate()
      }
      problems = try found?.check() ?? []
      languages = try found?.languages() ?? []
    } catch {
      throw StoreOptions.failure("\(lines: error.description)")
    }
    guard found != nil else {
      throw StoreOptions.failure(m.output(.cliMessagesNoFolder))
    }
    for problem in problems { Output.error("\(lines: problem.description)") }
    guard !problems.contains(where: { $0.severity == .error }) else { throw ExitCode.failure }
    for language in languages {
      let fallingBack = problems.count { $0.file.hasSuffix("/\(language.code).json") }
      Output.print(
        fallingBack == 0
          ? m.output(.cliMessagesCheckOk, language.code)
          : m.output(.cliMessagesCheckFallingBack, language.code, fallingBack))
    }
  }
}
