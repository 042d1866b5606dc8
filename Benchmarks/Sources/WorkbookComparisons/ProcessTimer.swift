import Glibc

/// Runs a command to its end with its output thrown away; the wall-clock time it took.
enum ProcessTimer {
  static func run(_ arguments: [String]) -> UInt64 {
    let argv = arguments.map { strdup($0) } + [nil]
    let environment = PseudoTerminalRun.environment.map { strdup($0) } + [nil]
    defer { for pointer in argv + environment { free(pointer) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    let start = UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    var pid: pid_t = 0
    guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environment) == 0 else {
      fatalError("cannot start \(arguments[0])")
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    clock_gettime(CLOCK_MONOTONIC, &time)
    guard status == 0 else { fatalError("\(arguments.joined(separator: " ")) failed: \(status)") }
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec) - start
  }
}
