import ArgumentParser

extension WorkbookCommand {
  /// `workbook` with no subcommand: the start screen, with the sessions folder and the content
  /// found as every command finds them (`--dir`, `--content`, `--language`, their environment
  /// variables).
  /// `--plain`: the start of the plain line mode instead.
  func run() throws {
    if plain {
      try PlainWorkbook.start(
        session: nil, directory: storeOptions.directory, contentFolder: contentOptions.folder,
        language: languageOption.language)
      return
    }
    try InteractiveWorkbook.start(
      InteractiveInvocation(
        session: nil, directory: storeOptions.directory, contentFolder: contentOptions.folder,
        language: languageOption.language))
  }
}
