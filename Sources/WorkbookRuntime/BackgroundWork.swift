import CWorkThread
import Glibc

/// Work started on a thread of its own, whose result `join()` waits for and hands back. The
/// full-screen workbook reads its content and sets up the terminal this way while it reads the
/// session: on a machine with two cores the one no longer waits for the other
/// (docs/performance.md).
///
/// The thread is asked to run on another CPU than the caller's (`wb_start_detached_thread_beside`):
/// Linux would start it on the caller's, where it waits until the caller sleeps. The result is
/// handed over (`Handoff`) as the work returns: `join` does not wait for the thread to end, which
/// takes about a tenth of a millisecond more, so the thread is detached. When no thread can be
/// started, the work runs at once on the caller's, so that what it hands over on its way (a
/// `Handoff` of its own) is there when the caller waits for it.
public final class BackgroundWork<Value>: @unchecked Sendable {
  private let result = Handoff<Value>()
  /// The CPU the thread was kept off (the caller's when it started), nil when none was.
  private(set) var avoidedCPU: Int32?

  public init(_ work: @escaping @Sendable () -> Value) {
    _ = threadArenasGivenRoom
    let result = result
    let entry = ThreadEntry { result.give(work()) }
    var avoided: Int32 = -1
    let box = Unmanaged.passRetained(entry).toOpaque()
    if wb_start_detached_thread_beside({ ThreadEntry.start($0) }, box, &avoided) != 0 {
      Unmanaged<ThreadEntry>.fromOpaque(box).release()
      result.give(work())
    }
    avoidedCPU = avoided >= 0 ? avoided : nil
  }

  /// The work's result, once it has returned.
  public func join() -> Value {
    result.take()
  }
}

/// Once, before the first thread: its malloc arena would otherwise grow a page at a time while it
/// works, each page a system call that also holds up the thread that made it (0.1 ms of the
/// workbook's start; docs/performance.md).
private let threadArenasGivenRoom: Void = wb_give_thread_arenas_room()

/// What a new thread runs: a class, not a generic one, since the function pthread_create calls
/// cannot carry a generic parameter.
private final class ThreadEntry {
  let body: () -> Void

  init(_ body: @escaping () -> Void) { self.body = body }

  static func start(_ pointer: UnsafeMutableRawPointer?) -> UnsafeMutableRawPointer? {
    guard let pointer else { return nil }
    Unmanaged<ThreadEntry>.fromOpaque(pointer).takeRetainedValue().body()
    return nil
  }
}
