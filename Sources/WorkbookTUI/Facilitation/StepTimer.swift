import WorkbookCore
import WorkbookWorkflow

/// The facilitation timer: which step it times, how long, and when it runs out on the run loop's
/// clock. One at a time, shown on every step; kept for the open session only, never saved (the
/// agenda it starts from is).
public struct StepTimer: Sendable, Equatable {
  /// The lengths `T` offers besides the agenda's.
  public static let lengths = [5, 10, 15, 20]

  public var step: Step
  public var minutes: Int
  /// The clock reading (seconds) when it runs out; nil until the first tick after it was set,
  /// since `update` never reads the clock itself.
  public var endsAt: Double?
  /// Whether running out has been announced (the bell rung): it happens once.
  public var announced = false

  public init(step: Step, minutes: Int, endsAt: Double? = nil) {
    self.step = step
    self.minutes = minutes
    self.endsAt = endsAt
  }

  /// Whole seconds left at `now`, rounded up, never below zero; the full length before it starts.
  public func secondsLeft(at now: Double?) -> Int {
    guard let endsAt, let now else { return minutes * 60 }
    return max(0, Int((endsAt - now).rounded(.up)))
  }

  /// Whether the clock has reached the end.
  public func isUp(at now: Double?) -> Bool {
    guard let endsAt, let now else { return false }
    return now >= endsAt
  }

  /// "04:59": minutes and seconds left.
  public func remainingText(at now: Double?) -> String {
    let seconds = secondsLeft(at: now)
    return twoDigits(seconds / 60) + ":" + twoDigits(seconds % 60)
  }

  /// What the status line shows: "Reflection: 04:59 left", then "Time is up for Reflection
  /// (15 min)".
  public func statusText(at now: Double?, messages: Messages) -> String {
    isUp(at: now)
      ? messages(.tuiTimerUp, messages(step.titleKey), minutes)
      : messages(.tuiTimerLeft, messages(step.titleKey), remainingText(at: now))
  }

  private func twoDigits(_ number: Int) -> String {
    number < 10 ? "0\(number)" : "\(number)"
  }
}
