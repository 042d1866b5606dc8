import ArgumentParser

extension WorkbookCommand {
  /// `workbook` with no subcommand: the start screen, with the sessions folder and the content
  /// found as every command finds them when given no options.
  func run() throws {
    try InteractiveWorkbook.requireTerminal()
    try InteractiveWorkbook.run(
      store: StoreOptions.parse([]).store(), library: ContentOptions.parse([]).library())
  }
}
