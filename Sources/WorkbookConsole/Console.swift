import Glibc
import WorkbookPlain
import WorkbookRuntime

/// The plain line mode's terminal: lines from standard input (a person at a keyboard, a pipe, a
/// script file), text to standard output. No cursor addressing, no colour; the only escape
/// sequence it ever writes is the screen clearing between people, and only to a terminal that
/// is not dumb (`ScreenClearing`).
public struct Console: FrontEndTerminal {
  private let input: Int32
  private let output: Int32
  private let clearing: ScreenClearing
  /// Bytes read and not yet ended by a line break.
  private var pending: [UInt8] = []
  private var ended = false

  /// Reads lines from the file descriptor `input` and writes to `output` (standard input and
  /// output, but for tests).
  public init(input: Int32 = STDIN_FILENO, output: Int32 = STDOUT_FILENO, clearing: ScreenClearing)
  {
    self.input = input
    self.output = output
    self.clearing = clearing
  }

  /// Installs the signal handlers, so that Ctrl-C or a `kill` leaves through the runtime, which
  /// keeps a text being typed before the workbook exits.
  public static func open(environment: [String: String]) -> Console {
    QuitSignal.installHandlers()
    return Console(clearing: .forStandardOutput(environment: environment))
  }

  public func close() {
    QuitSignal.removeHandlers()
  }

  public var openingEvent: String? { nil }

  /// The next whole line; `.nothing` after a tenth of a second without one, so the runtime can
  /// look for signals; `.closed` once the input has ended (a last line without a line break is
  /// given first).
  public mutating func nextInput() -> TerminalInput<String> {
    while true {
      if let line = takeLine() { return .event(line) }
      if ended {
        guard !pending.isEmpty else { return .closed }
        defer { pending = [] }
        return .event(Self.text(pending))
      }
      var waiting = pollfd(fd: input, events: Int16(POLLIN), revents: 0)
      let ready = poll(&waiting, 1, 100)
      if ready == 0 { return .nothing }
      if ready < 0 {
        if errno == EINTR { return .nothing }
        ended = true
        continue
      }
      var buffer = [UInt8](repeating: 0, count: 4096)
      let count = read(input, &buffer, buffer.count)
      if count < 0, errno == EINTR || errno == EAGAIN { return .nothing }
      if count <= 0 {
        ended = true
        continue
      }
      pending += buffer[0..<count]
    }
  }

  private mutating func takeLine() -> String? {
    guard let end = pending.firstIndex(of: UInt8(ascii: "\n")) else { return nil }
    var line = Array(pending[..<end])
    pending.removeSubrange(...end)
    // A script written on Windows ends its lines with CR LF.
    if line.last == UInt8(ascii: "\r") { line.removeLast() }
    return Self.text(line)
  }

  /// Bytes as text; bytes that are not UTF-8 become U+FFFD.
  private static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes, as: UTF8.self)
  }

  public mutating func show(_ output: [PlainOutput]) {
    var text = ""
    for piece in output {
      switch piece {
      case .lines(let lines): for line in lines { text += line + "\n" }
      case .privacyBreak: text += clearing.text
      }
    }
    writeOut(text)
  }

  /// The plain mode has no bell: a step's time is not kept here.
  public mutating func ringBell() {}

  private func writeOut(_ text: String) {
    var bytes = Array(text.utf8)[...]
    while !bytes.isEmpty {
      let written = bytes.withUnsafeBytes { write(output, $0.baseAddress, $0.count) }
      if written < 0, errno == EINTR { continue }
      // A closed pipe or a full disk: nothing more can be shown; the session is saved anyway.
      guard written > 0 else { return }
      bytes = bytes.dropFirst(written)
    }
  }
}
