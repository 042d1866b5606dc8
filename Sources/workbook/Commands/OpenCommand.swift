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

  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var contentOptions: ContentOptions

  func run() throws {
    try InteractiveWorkbook.start(
      InteractiveInvocation(
        session: session, directory: storeOptions.directory,
        contentFolder: contentOptions.folder))
  }
}
