import ArgumentParser

/// The `workbook` command: with no subcommand it opens the terminal workbook; the subcommands are
/// the non-interactive ways in, for scripts and for terminals that cannot run the workbook.
@main
struct WorkbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbook",
    abstract: "A terminal workbook for the Wikimedia Organizational Effectiveness learning center.",
    version: WorkbookVersion.current,
    subcommands: [ContentCommand.self]
  )
}
