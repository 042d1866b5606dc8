import ArgumentParser

extension WorkbookCommand {
  /// `workbook` with no subcommand: the start screen, with the sessions folder and the content
  /// found as every command finds them (`--dir`, `--content`, their environment variables).
  func run() throws {
    try InteractiveWorkbook.start(
      InteractiveInvocation(
        session: nil, directory: storeOptions.directory, contentFolder: contentOptions.folder))
  }
}
