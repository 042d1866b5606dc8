import Glibc

/// Runs a program that a bug could make hang for ever (a read blocked on a FIFO) or swell (a
/// file read whole): waits for it with a deadline that is not a measure of speed but only there
/// to fail the test instead of hanging the run, and reports the most memory it held.
public enum WatchedProcess {
  public struct Result: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
    /// The child's peak resident memory, in KiB (`ru_maxrss`).
    public var maximumResidentKiB: Int
    /// Whether it was still running at the deadline and was killed.
    public var timedOut: Bool
  }

  /// Runs `arguments` (the first looked up in PATH when it has no slash) with `environment`, or
  /// this process's when nil, standard input from `input`; kills it after `deadline` seconds.
  public static func run(
    _ arguments: [String], environment: [String: String]? = nil, input: String = "/dev/null",
    deadline: Double = 120
  ) throws(SystemCallFailure) -> Result {
    let output = try OutputFile()
    let errors = try OutputFile()
    let pid = try Spawn.start(arguments, environment: environment) {
      actions throws(SystemCallFailure) in
      posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY | O_NONBLOCK, 0)
      posix_spawn_file_actions_adddup2(&actions, output.descriptor, 1)
      posix_spawn_file_actions_adddup2(&actions, errors.descriptor, 2)
    }
    var status: Int32 = 0
    var usage = rusage()
    var start = timespec()
    clock_gettime(CLOCK_MONOTONIC, &start)
    var timedOut = false
    while true {
      let waited = wait4(pid, &status, timedOut ? 0 : WNOHANG, &usage)
      if waited == pid { break }
      if waited < 0 && errno != EINTR { throw SystemCallFailure(call: "wait4", code: errno) }
      var now = timespec()
      clock_gettime(CLOCK_MONOTONIC, &now)
      if Double(now.tv_sec - start.tv_sec) >= deadline {
        kill(pid, SIGKILL)
        timedOut = true
      } else {
        usleep(10_000)
      }
    }
    // A normal exit's status is in bits 8–15; a signal's number in the low seven bits.
    let exit = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(
      status: exit, output: output.text(), errors: errors.text(),
      maximumResidentKiB: usage.ru_maxrss, timedOut: timedOut)
  }

  /// A temporary file that collects one of the child's output streams.
  private final class OutputFile {
    let descriptor: Int32
    private let path: String

    init() throws(SystemCallFailure) {
      var template = Array("/tmp/workbook-watched-XXXXXX".utf8CString)
      descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard descriptor >= 0 else { throw SystemCallFailure(call: "mkstemp", code: errno) }
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    deinit {
      close(descriptor)
      unlink(path)
    }

    func text() -> String {
      TemporaryFolder.bytes(at: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }
  }
}
