import CWorkThread
import Glibc

/// Work started on a thread of its own, whose result `join()` waits for and hands back. The
/// full-screen workbook reads its content this way while it takes the terminal and reads the
/// session: on a machine with two cores the one no longer waits for the other
/// (docs/performance.md).
///
/// The thread is asked to run on another CPU than the caller's (`wb_start_thread_beside`): Linux
/// would start it on the caller's, where it waits until the caller sleeps.
///
/// The result crosses to the joining thread once, after `pthread_join`, which orders everything
/// the work wrote before it returns; nothing else touches it. When no thread can be started, the
/// work runs on the joining thread instead.
public final class BackgroundWork<Value>: @unchecked Sendable {
  private var work: (@Sendable () -> Value)?
  private var result: Value?
  private var thread: pthread_t?
  /// The CPU the thread was kept off (the caller's when it started), nil when none was.
  private(set) var avoidedCPU: Int32?

  public init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
    let started = ThreadEntry { [self] in run() }
    var thread = pthread_t()
    var avoided: Int32 = -1
    let box = Unmanaged.passRetained(started).toOpaque()
    if wb_start_thread_beside(&thread, { ThreadEntry.start($0) }, box, &avoided) == 0 {
      self.thread = thread
    } else {
      Unmanaged<ThreadEntry>.fromOpaque(box).release()
    }
    avoidedCPU = avoided >= 0 ? avoided : nil
  }

  /// The work's result, once it has finished.
  public func join() -> Value {
    if let thread {
      pthread_join(thread, nil)
      self.thread = nil
    } else if result == nil {
      run()
    }
    guard let result else { preconditionFailure("the work ran and left no result") }
    return result
  }

  private func run() {
    guard let work else { return }
    self.work = nil
    result = work()
  }
}

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
