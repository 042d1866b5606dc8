import ArgumentParser

/// `workbook scores`: scores from outside the workbook.
struct ScoresCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "scores",
    abstract: "Import scores into a session.",
    subcommands: [ScoresImportCommand.self]
  )
}
