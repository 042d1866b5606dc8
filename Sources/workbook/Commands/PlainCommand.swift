import ArgumentParser

/// `workbook plain [SESSION]` (and `workbook --plain`): the plain line mode, for screen readers,
/// braille displays, dumb terminals and scripts.
struct PlainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "plain",
    abstract: "Run the workbook as plain lines of text: numbered choices, answers typed as lines.",
    discussion: """
      Works with screen readers and braille displays, with TERM=dumb, and from a script \
      (`workbook plain < script.txt`). Every prompt says where you are and what you can answer. \
      A text of several lines ends with a line holding only a full stop (.). Ctrl-D, or the end \
      of a script, saves and leaves.
      """
  )

  @Argument(help: "A session to open at once: its id, the start of its id, or its file's path.")
  var session: String?

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var languageOption: LanguageOption

  func run() throws {
    try PlainWorkbook.start(
      session: session, directory: storeOptions.directory, contentFolder: contentOptions.folder,
      language: languageOption.language)
  }
}
