import Glibc
import Synchronization

/// A value one thread hands another once: the content the full-screen workbook's other thread
/// reads, given before that thread goes on to set up the terminal. `take` waits until it is
/// given, and hands back the same value however often it is asked.
///
/// The mutex orders the value's writing before its reading, on whichever threads they happen.
/// The value is usually a moment away, and waking a thread that sleeps for it takes about
/// 0.05 ms: `take` first yields its CPU a while, looking for the value in between, then sleeps.
public final class Handoff<Value>: @unchecked Sendable {
  private let lock = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let given = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)
  private var value: Value?
  /// Set once the value is given: looked at without the lock while `take` yields.
  private let isGiven = Atomic<Bool>(false)
  /// How many times `take` yields before it sleeps: a millisecond or two.
  private static var yieldsBeforeSleeping: Int { 2000 }

  public init() {
    pthread_mutex_init(lock, nil)
    pthread_cond_init(given, nil)
  }

  deinit {
    pthread_cond_destroy(given)
    pthread_mutex_destroy(lock)
    given.deallocate()
    lock.deallocate()
  }

  /// Hands `value` over, waking whoever waits for it. Given once; a second value is ignored.
  public func give(_ value: Value) {
    pthread_mutex_lock(lock)
    if self.value == nil { self.value = value }
    isGiven.store(true, ordering: .releasing)
    pthread_cond_broadcast(given)
    pthread_mutex_unlock(lock)
  }

  /// The value, once it has been given.
  public func take() -> Value {
    // On a machine of one CPU, yielding lets the giving thread run.
    for _ in 0..<Self.yieldsBeforeSleeping where !isGiven.load(ordering: .acquiring) {
      sched_yield()
    }
    pthread_mutex_lock(lock)
    defer { pthread_mutex_unlock(lock) }
    while true {
      if let value { return value }
      pthread_cond_wait(given, lock)
    }
  }
}
