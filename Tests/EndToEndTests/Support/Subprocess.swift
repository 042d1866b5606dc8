import Foundation

/// Runs a program and waits for it, with posix_spawn and waitpid. Output goes through a file, not a
/// pipe: the server tmux starts keeps its output open for good, so a pipe would never end.
enum Subprocess {
  struct Result {
    var status: Int32
    var output: String
  }

  /// Runs `arguments` (looked up in PATH) with `environment`, and returns its exit status and its
  /// output and errors together. `input` is the file for standard input.
  static func run(
    _ arguments: [String], environment: [String: String], input: String = "/dev/null"
  ) throws -> Result {
    let outputPath = FileManager.default.temporaryDirectory
      .appendingPathComponent("workbook-e2e-output-\(UUID().uuidString)").path
    defer { unlink(outputPath) }

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, input, O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    posix_spawn_file_actions_adddup2(&actions, 1, 2)

    // The test runner's threads block most signals, and a child inherits the mask: a tmux server
    // started with SIGTERM blocked never obeys kill-server. Start the child with none blocked and
    // every signal's default action.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    var allSignals = sigset_t()
    sigfillset(&allSignals)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    posix_spawnattr_setsigdefault(&attributes, &allSignals)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

    let argv = arguments.map { strdup($0) } + [nil]
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      for pointer in argv + envp { free(pointer) }
    }
    var pid: pid_t = 0
    let spawned = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
    guard spawned == 0 else {
      throw CocoaError(.executableLoad, userInfo: [NSFilePathErrorKey: arguments[0]])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let output = (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    // A normal exit's status is in bits 8–15; a signal's number in the low seven bits.
    let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    return Result(status: exitStatus, output: output)
  }
}
