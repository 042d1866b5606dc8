import Glibc

/// Work started on a thread of its own, whose result `join()` waits for and hands back. The
/// full-screen workbook reads its content and session this way while it takes the terminal: on a
/// machine with two cores the one no longer waits for the other (docs/performance.md).
///
/// The result crosses to the joining thread once, after `pthread_join`, which orders everything
/// the work wrote before it returns; nothing else touches it. When no thread can be started, the
/// work runs on the joining thread instead.
public final class BackgroundWork<Value>: @unchecked Sendable {
  private var work: (@Sendable () -> Value)?
  private var result: Value?
  private var thread: pthread_t?

  public init(_ work: @escaping @Sendable () -> Value) {
    self.work = work
    let started = ThreadEntry { [self] in run() }
    var thread = pthread_t()
    let box = Unmanaged.passRetained(started).toOpaque()
    if pthread_create(&thread, nil, { ThreadEntry.start($0) }, box) == 0 {
      self.thread = thread
    } else {
      Unmanaged<ThreadEntry>.fromOpaque(box).release()
    }
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
