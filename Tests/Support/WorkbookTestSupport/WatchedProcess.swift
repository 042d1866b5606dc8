import Glibc

/// Runs a program that a bug could make hang for ever (a read blocked on a FIFO) or swell (a
/// file read whole): waits for it with a deadline that is not a measure of speed but only there
/// to fail the test instead of hanging the run, and reports the most memory it held.
public enum WatchedProcess {
  public struct Result: Sendable {
    public var status: Int32
    public var output: String
    public var errors: String
    /// The child's peak resident memory, in KiB (see `peak`).
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
    var sampled = 0
    while true {
      let waited = wait4(pid, &status, timedOut ? 0 : WNOHANG, &usage)
      if waited == pid { break }
      sampled = max(sampled, highWaterMark(of: "/proc/\(pid)/status") ?? 0)
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
      maximumResidentKiB: peak(reported: usage.ru_maxrss, sampled: sampled), timedOut: timedOut)
  }

  /// The child's peak memory. Linux counts into a child's `ru_maxrss` the memory of the process
  /// that started it, as it was when the child began its program (the spawn shares, then
  /// replaces, the parent's memory), so a test runner of 120 MB would see every child as at
  /// least 120 MB. A figure above this process's own peak is the child's own; otherwise the
  /// child held less than that, and the highest of its own marks (`VmHWM`) read while it ran
  /// stands for it.
  private static func peak(reported: Int, sampled: Int) -> Int {
    let own = highWaterMark(of: "/proc/self/status") ?? 0
    return reported > own ? reported : sampled
  }

  /// The `VmHWM` line of a /proc status file, in KiB; nil when it has none (a process that has
  /// ended) or cannot be read.
  private static func highWaterMark(of statusFile: String) -> Int? {
    guard let bytes = TemporaryFolder.bytes(at: statusFile) else { return nil }
    let text = String(decoding: bytes, as: UTF8.self)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else {
      return nil
    }
    // "VmHWM:\t   19496 kB"
    let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
    return fields.count > 1 ? Int(fields[1]) : nil
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
