import ArgumentParser
import Glibc
import WorkbookStore

/// The `workbook` command: with no subcommand it opens the terminal workbook; the subcommands are
/// the non-interactive ways in, for scripts and for terminals that cannot run the workbook.
@main
struct WorkbookCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "workbook",
    abstract: "A terminal workbook for the Wikimedia Organizational Effectiveness learning center.",
    discussion: """
      With no subcommand, `workbook` opens the full-screen workbook at its start screen (it needs a \
      terminal); `workbook --plain` (or `workbook plain`) runs the same workbook as plain lines of \
      text instead. The other subcommands work without a terminal.
      """,
    version: WorkbookVersion.current,
    subcommands: [
      OpenCommand.self, PlainCommand.self, NewCommand.self, ListCommand.self, ShowCommand.self,
      ScoresCommand.self,
      RevealCommand.self, ExportCommand.self, HistoryCommand.self, CompareCommand.self,
      SummaryCommand.self, ContentCommand.self, MessagesCommand.self,
    ]
  )

  // Options for the start screen, which `workbook` alone opens; each subcommand has its own.
  @OptionGroup var storeOptions: StoreOptions
  @OptionGroup var contentOptions: ContentOptions
  @OptionGroup var languageOption: LanguageOption
  @Flag(help: "Run as plain lines of text, as `workbook plain` does.")
  var plain = false

  /// Usage errors exit with status 2 as terminal programs do (ArgumentParser's default is 64);
  /// every other error exits with 1. Every message goes out through `Output`, since a usage error
  /// repeats what was typed and an unexpected error may quote a file.
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
    } catch let exit as ExitCode {
      // The command has said why already.
      Self.exit(withError: exit)
    } catch {
      switch exitCode(for: error) {
      case .success:
        // --help and --version: the workbook's own text, printed as ArgumentParser prints it.
        exit(withError: error)
      case .validationFailure:
        Output.error("\(lines: fullMessage(for: error))")
        exit(withError: ExitCode(2))
      default:
        Output.error("workbook: \(lines: FileErrorReason.text(of: error))")
        exit(withError: ExitCode.failure)
      }
    }
  }
}
