/// The facilitator's timer and its bell.
public enum TimerAction: Sendable, Equatable {
  /// On the step in view: its agenda's minutes (else 5), then each longer length, then off; each
  /// length starts again from its full time. A timer running for another step is replaced.
  case cycle
  /// Whether the terminal bell rings when time is up.
  case toggleBell
}
