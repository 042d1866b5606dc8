import ArgumentParser

extension WorkbookCommand {
  /// `workbook` with no subcommand: the start screen, with the sessions folder and the content
  /// found as every command finds them (`--dir`, `--content`, their environment variables).
  func run() throws {
    try InteractiveWorkbook.requireTerminal()
    let library = try contentOptions.library()
    try InteractiveWorkbook.run(store: storeOptions.store(content: library), library: library)
  }
}
