/// A facilitation timer the facilitator set on a step: how long, and when it runs out on the run
/// loop's clock. Kept for the open session only, never saved.
public struct StepTimer: Sendable, Equatable {
  /// The lengths `T` cycles through, then off.
  public static let lengths = [5, 10, 15, 20]

  public var minutes: Int
  /// The clock reading (seconds) when it runs out; nil until the first tick after it was set,
  /// since `update` never reads the clock itself.
  public var endsAt: Double?

  public init(minutes: Int, endsAt: Double? = nil) {
    self.minutes = minutes
    self.endsAt = endsAt
  }

  /// Whole seconds left at `now`, rounded up, never below zero; the full length before it starts.
  public func secondsLeft(at now: Double?) -> Int {
    guard let endsAt, let now else { return minutes * 60 }
    return max(0, Int((endsAt - now).rounded(.up)))
  }

  /// "04:59": minutes and seconds left.
  public func remainingText(at now: Double?) -> String {
    let seconds = secondsLeft(at: now)
    return twoDigits(seconds / 60) + ":" + twoDigits(seconds % 60)
  }

  private func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
