import CPseudoTerminal
import Glibc

/// One start of a full-screen program in a new 80x24 pseudo-terminal: the time from starting it
/// to the moment its first frame has been written (the frame's last text, `marker`, has arrived),
/// and its peak memory once it has quit (sent `quitKeys` after the first frame).
struct PseudoTerminalRun {
  var nanoseconds: UInt64
  var peakResidentKilobytes: Int
  var firstFrameBytes: Int

  static let environment = [
    "TERM=xterm-256color", "LANG=C.UTF-8", "LC_ALL=C.UTF-8", "PATH=/usr/bin:/bin",
    "HOME=/tmp",
  ]

  static func measure(_ arguments: [String], marker: String, quitKeys: String)
    -> PseudoTerminalRun
  {
    let argv = arguments.map { strdup($0) } + [nil]
    let environment = Self.environment.map { strdup($0) } + [nil]
    defer { for pointer in argv + environment { free(pointer) } }
    var master: Int32 = -1
    let start = now()
    let pid = bench_spawn_in_pty(argv, environment, 24, 80, &master)
    guard pid > 0 else { fatalError("cannot start \(arguments[0]) in a pseudo-terminal") }

    // Read until the frame's last text has arrived: the output is blocking reads, not sleeps.
    let wanted = Array(marker.utf8)
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 65536)
    while !output.contains(wanted) {
      let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        fatalError("\(arguments[0]) ended before drawing \"\(marker)\": \(text(output))")
      }
      output += buffer[0..<count]
    }
    let elapsed = now() - start

    let keys = Array(quitKeys.utf8)
    _ = keys.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
    // Drain until the program has closed the terminal, so it never blocks writing.
    while buffer.withUnsafeMutableBytes({ read(master, $0.baseAddress, $0.count) }) > 0 {}
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    close(master)
    return PseudoTerminalRun(
      nanoseconds: elapsed, peakResidentKilobytes: usage.ru_maxrss, firstFrameBytes: output.count)
  }

  private static func now() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
  }

  private static func text(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.suffix(300), as: UTF8.self)
  }
}

extension Array where Element == UInt8 {
  fileprivate func contains(_ needle: [UInt8]) -> Bool {
    guard count >= needle.count else { return false }
    return (0...(count - needle.count)).contains { start in
      self[start..<(start + needle.count)].elementsEqual(needle)
    }
  }
}
