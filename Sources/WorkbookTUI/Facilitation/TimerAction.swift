/// The facilitator's timer for the step in view.
public enum TimerAction: Sendable, Equatable {
  /// Off → 5 → 10 → 15 → 20 minutes → off; each length starts again from its full time.
  case cycle
}
