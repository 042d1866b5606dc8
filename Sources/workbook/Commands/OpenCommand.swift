import ArgumentParser

/// `workbook open SESSION`: the full-screen workbook with a session already open.
struct OpenCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "open",
    abstract: "Open a session in the full-screen workbook.",
    discussion: "Needs a terminal. `workbook` alone opens the start screen instead."
  )

  @Argument(help: "The session: its id, the start of its id, or the path of its file.")
  var session: String

  @Flag(
    help: ArgumentHelp(
      "Follow the session without changing it: every step shows, nothing is saved, and the "
        + "saves of the terminal editing it show as they land."))
  var readOnly = false

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var languageOption: LanguageOption

  func run() throws {
    try InteractiveWorkbook.start(
      InteractiveInvocation(
        session: session, readOnly: readOnly, directory: storeOptions.directory,
        contentFolder: contentOptions.folder, language: languageOption.language))
  }
}
