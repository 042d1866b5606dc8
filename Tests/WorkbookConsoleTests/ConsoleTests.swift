import Glibc
import Testing
import WorkbookConsole
import WorkbookPlain
import WorkbookRuntime

/// The console through real pipes: the lines a script sends, and the text it writes.
@Suite struct ConsoleTests {
  /// A pipe's two ends, closed when the test ends.
  final class Pipe {
    let read: Int32
    let write: Int32
    private var writingOpen = true

    init() throws {
      var ends: [Int32] = [0, 0]
      try #require(pipe(&ends) == 0)
      read = ends[0]
      write = ends[1]
    }

    func send(_ text: String) {
      _ = Array(text.utf8).withUnsafeBytes { Glibc.write(write, $0.baseAddress, $0.count) }
    }

    func closeWriting() {
      if writingOpen { close(write) }
      writingOpen = false
    }

    /// What has been written, once the writing end is closed.
    func received() -> String {
      var bytes: [UInt8] = []
      var buffer = [UInt8](repeating: 0, count: 4096)
      while case let count = Glibc.read(read, &buffer, buffer.count), count > 0 {
        bytes += buffer[0..<count]
      }
      return String(decoding: bytes, as: UTF8.self)
    }

    deinit {
      close(read)
      closeWriting()
    }
  }

  @Test func linesArriveWithoutTheirBreaksAndALastLineWithoutOneStillCounts() throws {
    let input = try Pipe()
    var console = Console(input: input.read, output: STDERR_FILENO, clearing: .nothing)
    input.send("1\r\nAna\n\nlast")
    input.closeWriting()
    var lines: [String] = []
    while case .event(let line) = console.nextInput() { lines.append(line) }
    #expect(lines == ["1", "Ana", "", "last"])
    guard case .closed = console.nextInput() else {
      Issue.record("the input is not reported closed")
      return
    }
  }

  @Test func nothingTypedYetIsNothingRatherThanTheEnd() throws {
    let input = try Pipe()
    var console = Console(input: input.read, output: STDERR_FILENO, clearing: .nothing)
    input.send("half a li")
    guard case .nothing = console.nextInput() else {
      Issue.record("a line without its end was taken")
      return
    }
  }

  @Test func bytesThatAreNotUTF8ArriveAsReplacementCharacters() throws {
    let input = try Pipe()
    var console = Console(input: input.read, output: STDERR_FILENO, clearing: .nothing)
    input.send("caf")
    _ = [UInt8(0xE9), UInt8(ascii: "\n")].withUnsafeBytes {
      Glibc.write(input.write, $0.baseAddress, $0.count)
    }
    guard case .event(let line) = console.nextInput() else {
      Issue.record("no line")
      return
    }
    #expect(line == "caf\u{FFFD}")
  }

  @Test func aPrivacyBreakThroughAPipeWritesNothingAndOnATerminalClearsTheScrollback() throws {
    for (clearing, expected) in [
      (ScreenClearing.nothing, "Ana's turn\nThank you\n"),
      (.blankLines(3), "Ana's turn\n\n\n\nThank you\n"),
      (.eraseWithScrollback, "Ana's turn\n\u{1B}[H\u{1B}[2J\u{1B}[3JThank you\n"),
    ] {
      let output = try Pipe()
      var console = Console(input: STDIN_FILENO, output: output.write, clearing: clearing)
      console.show([.lines(["Ana's turn"]), .privacyBreak, .lines(["Thank you"])])
      output.closeWriting()
      #expect(output.received() == expected)
    }
  }

  @Test func standardOutputThatIsNotATerminalIsNeverSentAnEscape() {
    // The tests' standard output is a file or a pipe, never a terminal.
    guard isatty(STDOUT_FILENO) == 0 else { return }
    #expect(ScreenClearing.forStandardOutput(environment: ["TERM": "xterm-256color"]) == .nothing)
  }
}
