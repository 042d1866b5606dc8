import Glibc
import Synchronization

/// Starts child processes for the tests with posix_spawn, and waits for them.
enum Spawn {
  /// Held while a child is being started, so that a pipe made close-on-exec for one child is
  /// never inherited by another started in between (which would keep it open after that child is
  /// gone).
  private static let starting = Mutex(())

  /// Starts `arguments` (the first looked up in PATH when it has no slash) with `environment`, or
  /// this process's when nil. `setUp` opens what the child needs and says in `actions` which of
  /// its descriptors become the child's standard streams.
  ///
  /// The child starts with no signal blocked and every signal's default action: the test runner's
  /// threads block most signals, and a child inherits the mask (a tmux server started with SIGTERM
  /// blocked never obeys kill-server).
  static func start(
    _ arguments: [String], environment: [String: String]? = nil,
    setUp: (inout posix_spawn_file_actions_t) throws(SystemCallFailure) -> Void
  ) throws(SystemCallFailure) -> pid_t {
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
    let envp = environment.map { $0.map { strdup("\($0.key)=\($0.value)") } + [nil] }
    defer { for pointer in argv + (envp ?? []) { free(pointer) } }

    var pid: pid_t = 0
    let result = try starting.withLock { _ throws(SystemCallFailure) -> Int32 in
      var actions = posix_spawn_file_actions_t()
      posix_spawn_file_actions_init(&actions)
      defer { posix_spawn_file_actions_destroy(&actions) }
      try setUp(&actions)
      if let envp {
        return posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, envp)
      }
      return posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
    }
    guard result == 0 else {
      throw SystemCallFailure(call: "posix_spawn \(arguments[0])", code: result)
    }
    return pid
  }

  /// Waits for `pid` to end and returns its exit status, or 128 plus the signal that ended it.
  static func exitStatus(of pid: pid_t) -> Int32 {
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    // A normal exit's status is in bits 8–15; a signal's number in the low seven bits.
    return status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
  }
}
