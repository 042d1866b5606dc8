import Glibc

/// Runs a program to its end: the one runner the tests use for a command they wait for (the
/// workbook's commands, tmux, the tools exports are read back with). Output goes through files,
/// not pipes: the server tmux starts keeps its output open for good, so a pipe would never end.
public enum Subprocess {
  public struct Result: Sendable {
    public var status: Int32
    /// Standard output, with standard error too unless it was asked for apart.
    public var output: String
    /// Standard error, when asked for apart; empty otherwise.
    public var errors: String
  }

  /// Runs `arguments` (the first looked up in PATH when it has no slash) with `environment`, in
  /// `folder` (this process's own when nil), and returns its exit status and its output (with
  /// its errors, or these apart when `errorsApart`). `input` is the file for standard input.
  public static func run(
    _ arguments: [String], environment: [String: String], input: String = "/dev/null",
    in folder: String? = nil, errorsApart: Bool = false
  ) throws(SystemCallFailure) -> Result {
    var output = CapturedOutput()
    var errors = CapturedOutput()
    defer {
      output.remove()
      errors.remove()
    }
    // posix_spawn_file_actions_addchdir_np is not in Swift's Glibc: GNU env changes the folder.
    let command = folder.map { ["env", "-C", $0] + arguments } ?? arguments
    let pid = try Spawn.start(command, environment: environment) {
      actions throws(SystemCallFailure) in
      let outputDescriptor = try output.create()
      let errorsDescriptor = errorsApart ? try errors.create() : outputDescriptor
      posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
      posix_spawn_file_actions_adddup2(&actions, outputDescriptor, 1)
      posix_spawn_file_actions_adddup2(&actions, errorsDescriptor, 2)
    }
    let status = Spawn.exitStatus(of: pid)
    return Result(status: status, output: output.text, errors: errors.text)
  }

  /// A temporary file a child's output is written to, read once the child has ended.
  private struct CapturedOutput {
    private var template = Array("/tmp/workbook-output-XXXXXX".utf8CString)
    private var descriptor: Int32 = -1

    /// Creates the file (close-on-exec here: the child gets it through dup2) and returns it.
    mutating func create() throws(SystemCallFailure) -> Int32 {
      descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
      guard descriptor >= 0 else { throw SystemCallFailure(call: "mkstemp", code: errno) }
      _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
      return descriptor
    }

    /// What was written, or "" when the file was never created.
    var text: String {
      guard descriptor >= 0 else { return "" }
      let path = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
      return TemporaryFolder.bytes(at: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
    }

    mutating func remove() {
      guard descriptor >= 0 else { return }
      close(descriptor)
      unlink(template)
      descriptor = -1
    }
  }
}
