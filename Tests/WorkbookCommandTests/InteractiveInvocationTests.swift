import ArgumentParser
import Testing

@testable import workbook

/// The full-screen workbook starts without the argument parser; these tests hold that fast
/// reading of the command line to the parser's. Every invocation it claims, the parser reads as
/// the same command with the same values; everything else (help, mistakes, other commands) it
/// leaves to the parser, so the messages and exit codes are the parser's.
@Suite struct InteractiveInvocationTests {
  /// What the argument parser makes of `arguments`: the full-screen invocation, or nil for any
  /// other command, a request for help or the version, or an error.
  private func parsed(_ arguments: [String]) -> InteractiveInvocation? {
    switch Result(catching: { try WorkbookCommand.parseAsRoot(arguments) }) {
    case .success(let command as WorkbookCommand):
      InteractiveInvocation(
        session: nil, directory: command.storeOptions.directory,
        contentFolder: command.contentOptions.folder, language: command.languageOption.language)
    case .success(let command as OpenCommand):
      InteractiveInvocation(
        session: command.session, readOnly: command.readOnly,
        directory: command.storeOptions.directory,
        contentFolder: command.contentOptions.folder, language: command.languageOption.language)
    default: nil
    }
  }

  /// Invocations the fast path must claim, and read as the parser does.
  static let claimed: [[String]] = [
    [],
    ["--dir", "/tmp/sessions"],
    ["--dir=/tmp/sessions"],
    ["--content", "content folder"],
    ["--content=Content", "--dir", "d"],
    ["--dir", "d", "--content", "c"],
    ["open", "abc123"],
    ["open", "abc123", "--dir", "d"],
    ["open", "--dir", "d", "abc123"],
    ["open", "--content=c", "abc123", "--dir=d"],
    ["open", "sessions/abc123.json", "--content", "c"],
    ["open", "a=b"],
    ["--dir", "a=b"],
    ["--dir=a=b"],
    ["open", "Ünïcode 会话"],
    ["open", "abc", "--read-only"],
    ["open", "--read-only", "abc", "--dir", "d"],
    ["--language", "de"],
    ["--language=fr", "--dir", "d"],
    ["--language", "de-AT"],
    ["--language", "pt_BR.UTF-8"],
    ["open", "abc", "--language", "de"],
    ["open", "--language=fr", "abc", "--read-only"],
  ]

  /// Invocations left to the parser: other commands, help, completions, and every kind of
  /// mistake.
  static let declined: [[String]] = [
    ["--help"], ["-h"], ["help"], ["help", "open"], ["open", "--help"], ["open", "-h"],
    ["--version"], ["open", "abc", "--version"],
    ["--generate-completion-script", "bash"], ["---completion", "--", "open"],
    ["list"], ["list", "--dir", "d"], ["new"], ["show", "abc"], ["content", "check"],
    ["open"], ["open", "--dir", "d"], ["open", "a", "b"], ["open", "open"], ["open", "list"],
    ["open", "help"], ["open", ""], ["open", "-x"], ["open", "-"], ["open", "--", "abc"],
    ["--dir"], ["--dir", ""], ["--dir="], ["--dir", "--content", "c"], ["--dir", "-d"],
    ["--dir", "a", "--dir", "b"], ["--content", "a", "--content=b"], ["--dir", "open"],
    ["--dirs", "d"], ["--Dir", "d"], ["-d", "d"], ["--", "d"], ["abc"],
    ["--dir", "d", "open", "x"],
    ["open", "x", "--unknown"], ["open", "x", "--include-unrevealed-scores"], ["Open", "x"],
    ["--content"], ["open", "x", "--content"],
    ["--read-only"], ["open", "x", "--read-only", "--read-only"], ["open", "x", "--read-only=1"],
    ["--read-only", "open", "x"],
    // A language that is not a tag: the parser refuses it with its message and exit code 2.
    ["--language", "12"], ["--language=12"], ["--language", "de/../x"], ["--language", "C"],
    ["open", "x", "--language", "1de"], ["--language"], ["--language", ""], ["--language="],
    ["--language", "de", "--language", "fr"], ["--language", "--dir", "d"],
  ]

  @Test(arguments: claimed)
  func claimsWhatTheParserReadsAsTheFullScreenWorkbook(_ arguments: [String]) throws {
    let fast = try #require(InteractiveInvocation(arguments: arguments), "\(arguments)")
    #expect(fast == parsed(arguments), "\(arguments)")
  }

  @Test(arguments: declined)
  func leavesEverythingElseToTheParser(_ arguments: [String]) {
    #expect(InteractiveInvocation(arguments: arguments) == nil, "\(arguments)")
  }

  /// Beyond the lists above: every short argument list built from the pieces of both, the fast
  /// path claims only what the parser reads as the same full-screen invocation.
  @Test func neverDisagreesWithTheParserOnCombinations() {
    let pieces = [
      "open", "abc", "--dir", "d", "--content", "--dir=x", "--content=y", "", "-h", "list", "--",
      "help", "a=b", "--read-only", "--language", "de", "--language=12",
    ]
    var lists: [[String]] = [[]]
    for _ in 0..<4 {
      lists = lists + lists.flatMap { list in pieces.map { list + [$0] } }
      lists = Array(Set(lists.map { $0.joined(separator: "\u{1}") })).map {
        $0.isEmpty
          ? [] : $0.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
      }
    }
    var claimedCount = 0
    for arguments in lists {
      guard let fast = InteractiveInvocation(arguments: arguments) else { continue }
      claimedCount += 1
      #expect(fast == parsed(arguments), "\(arguments)")
    }
    #expect(claimedCount > 50)
  }
}
