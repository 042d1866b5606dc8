import Glibc

/// Runs a program to its end. Output goes through a file, not a pipe: the server tmux starts
/// keeps its output open for good, so a pipe would never end.
public enum Subprocess {
  public struct Result: Sendable {
    public var status: Int32
    public var output: String
  }

  /// Runs `arguments` (looked up in PATH) with `environment`, and returns its exit status and its
  /// output and errors together. `input` is the file for standard input.
  public static func run(
    _ arguments: [String], environment: [String: String], input: String = "/dev/null"
  ) throws(SystemCallFailure) -> Result {
    var template = Array("/tmp/workbook-output-XXXXXX".utf8CString)
    var descriptor: Int32 = -1
    defer {
      if descriptor >= 0 {
        close(descriptor)
        unlink(template)
      }
    }
    let pid = try Spawn.start(arguments, environment: environment) {
      actions throws(SystemCallFailure) in
      descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard descriptor >= 0 else { throw SystemCallFailure(call: "mkstemp", code: errno) }
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, descriptor, 1)
      posix_spawn_file_actions_adddup2(&actions, descriptor, 2)
    }
    let outputPath = String(
      decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let status = Spawn.exitStatus(of: pid)
    let output = TemporaryFolder.bytes(at: outputPath).map { String(decoding: $0, as: UTF8.self) }
    return Result(status: status, output: output ?? "")
  }
}
