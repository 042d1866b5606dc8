import ArgumentParser

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// The `workbook` command: with no subcommand it opens the terminal workbook; the subcommands are
/// the non-interactive ways in, for scripts and for terminals that cannot run the workbook.
@main
struct WorkbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbook",
    abstract: "A terminal workbook for the Wikimedia Organizational Effectiveness learning center.",
    discussion: """
      With no subcommand, `workbook` opens the full-screen workbook at its start screen (it needs a \
      terminal). The subcommands work without one.
      """,
    version: WorkbookVersion.current,
    subcommands: [
      OpenCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self, ScoresCommand.self,
      RevealCommand.self, ExportCommand.self, ContentCommand.self,
    ]
  )

  // Options for the start screen, which `workbook` alone opens; each subcommand has its own.
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var contentOptions: ContentOptions

  /// Usage errors exit with status 2 as terminal programs do (ArgumentParser's default is 64);
  /// every other error exits with 1.
  static func main() {
    // The full-screen workbook starts without the argument parser's reflection; everything else,
    // and anything it does not fully understand, goes to the parser.
    if let invocation = InteractiveInvocation(arguments: Array(CommandLine.arguments.dropFirst())) {
      do {
        try InteractiveWorkbook.start(invocation)
        return
      } catch let code as ExitCode {
        Glibc.exit(code.rawValue)
      } catch {
        exit(withError: error)
      }
    }
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      guard exitCode(for: error) == .validationFailure else { exit(withError: error) }
      StandardError.print(fullMessage(for: error))
      exit(withError: ExitCode(2))
    }
  }
}
