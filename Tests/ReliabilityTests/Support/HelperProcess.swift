import Glibc
import Synchronization

/// A ReliabilityHelper child process (Tests/Support/ReliabilityHelper) with pipes to its standard
/// input and output.
final class HelperProcess {
  let pid: pid_t
  private var input: Int32
  private let output: Int32

  /// The helper is built beside the test binary.
  static let path: String = {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes {
      readlink("/proc/self/exe", $0.baseAddress!.assumingMemoryBound(to: CChar.self), $0.count)
    }
    let executable = String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
    return String(executable[..<executable.lastIndex(of: "/")!]) + "/ReliabilityHelper"
  }()

  /// Pipes are made close-on-exec while no other child is being started, so that no child
  /// inherits another's pipe (which would keep it open after that child is gone).
  private static let spawning = Mutex(())

  init(_ arguments: [String]) throws {
    var toChild: [Int32] = [0, 0]
    var fromChild: [Int32] = [0, 0]
    let argv = ([Self.path] + arguments).map { strdup($0) } + [nil]
    defer { for argument in argv { free(argument) } }
    var child: pid_t = 0
    let result = try Self.spawning.withLock { _ throws(HelperFailure) -> Int32 in
      guard pipe(&toChild) == 0, pipe(&fromChild) == 0 else {
        throw HelperFailure("pipe failed: \(String(cString: strerror(errno)))")
      }
      for descriptor in toChild + fromChild { _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC) }
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
      posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
      return posix_spawn(&child, Self.path, &actions, nil, argv, environ)
    }
    Glibc.close(toChild[0])
    Glibc.close(fromChild[1])
    guard result == 0 else {
      Glibc.close(toChild[1])
      Glibc.close(fromChild[0])
      throw HelperFailure("cannot start \(Self.path): \(String(cString: strerror(result)))")
    }
    pid = child
    input = toChild[1]
    output = fromChild[0]
  }

  deinit {
    if input >= 0 { Glibc.close(input) }
    Glibc.close(output)
  }

  /// The next line the child prints, or nil once its output ends.
  func readLine() -> String? {
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
  func send(_ line: String) {
    let bytes = Array((line + "\n").utf8)
    _ = bytes.withUnsafeBytes { write(input, $0.baseAddress, $0.count) }
  }

  func kill() { _ = Glibc.kill(pid, SIGKILL) }

  /// Waits for the child to end; true if it exited normally with status 0.
  @discardableResult
  func wait() -> Bool {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return status == 0
  }
}

struct HelperFailure: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}
