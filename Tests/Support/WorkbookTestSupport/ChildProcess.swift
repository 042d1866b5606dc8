import Glibc

/// A child process that runs beside a test, with pipes to its standard input and output: a
/// helper the test talks to line by line, kills, or waits for. A test target names its helper in
/// a subclass.
open class ChildProcess {
  public let pid: pid_t
  private var input: Int32
  private let output: Int32

  /// The path of `name`, an executable target built beside the test binary.
  public static func builtBesideTests(_ name: String) -> String {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes {
      readlink("/proc/self/exe", $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count)
    }
    let executable = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
    return String(executable[..<executable.lastIndex(of: "/")!]) + "/" + name
  }

  /// Starts the program at `path` with `arguments`.
  public init(_ path: String, arguments: [String]) throws(SystemCallFailure) {
    var toChild: [Int32] = [-1, -1]
    var fromChild: [Int32] = [-1, -1]
    let child: pid_t
    do {
      child = try Spawn.start([path] + arguments) { actions throws(SystemCallFailure) in
        guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
          throw SystemCallFailure(call: "pipe", code: errno)
        }
        for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
      }
    } catch {
      for descriptor in toChild + fromChild where descriptor >= 0 { Glibc.close(descriptor) }
      throw error
    }
    Glibc.close(toChild[0])
    Glibc.close(fromChild[1])
    pid = child
    input = toChild[1]
    output = fromChild[0]
  }

  deinit {
    if input >= 0 { Glibc.close(input) }
    Glibc.close(output)
  }

  /// The next line the child prints, or nil once its output ends.
  public func readLine() -> String? {
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while true {
      let count = read(output, &byte, 1)
      if count < 0 && errno == EINTR { continue }
      guard count == 1 else { return bytes.isEmpty ? nil : String(decoding: bytes, as: UTF8.self) }
      if byte == 0x0A { return String(decoding: bytes, as: UTF8.self) }
      bytes.append(byte)
    }
  }

  /// Sends a line to the child's standard input.
  public func send(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
  }

  /// Closes the child's standard input (a helper reading it then sees its end).
  public func closeInput() {
    Glibc.close(input)
    input = -1
  }

  public func kill() { _ = Glibc.kill(pid, SIGKILL) }

  /// Waits for the child to end; true if it exited normally with status 0.
  @discardableResult
  public func wait() -> Bool {
    Spawn.exitStatus(of: pid) == 0
  }
}
