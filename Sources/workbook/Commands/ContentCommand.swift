import ArgumentParser

/// `workbook content`: check and show the strategy files the workbook reads.
struct ContentCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "content",
    abstract: "Check or show the strategy content files.",
    discussion: "The format of the files is described in docs/content-format.md.",
    subcommands: [ContentCheckCommand.self, ContentShowCommand.self]
  )
}
