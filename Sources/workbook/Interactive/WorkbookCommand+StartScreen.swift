import ArgumentParser

extension WorkbookCommand {
  /// `workbook` with no subcommand: the start screen, with the sessions folder and the content
  /// found as every command finds them (`--dir`, `--content`, their environment variables).
  func run() throws {
    try InteractiveWorkbook.requireTerminal()
    try InteractiveWorkbook.run(store: storeOptions.store(), library: contentOptions.library())
  }
}
