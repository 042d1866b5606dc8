import Synchronization

/// A clock for a session store that moves on a minute at every reading, so that every save keeps
/// the version it replaces in the history (a store keeps at most one a minute).
public final class MinuteClock: Sendable {
  private let minutes = Atomic<Int>(0)

  public init() {}

  /// 2026-11-25T00:00:00Z, then a minute later at each call (within the day: 1,440 readings).
  public func next() -> String {
    let minute = minutes.add(1, ordering: .relaxed).oldValue % 1440
    return "2026-11-25T" + Self.twoDigits(minute / 60) + ":" + Self.twoDigits(minute % 60) + ":00Z"
  }

  private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}
