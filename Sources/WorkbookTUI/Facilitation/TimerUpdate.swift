extension AppState {
  mutating func updateTimer(_ action: TimerAction) -> [Effect] {
    guard let step = workbook?.step else { return [] }
    switch action {
    case .cycle:
      let lengths = StepTimer.lengths
      var next = lengths.first
      if let current = workbook?.timers[step]?.minutes, let index = lengths.firstIndex(of: current)
      {
        next = lengths[safe: index + 1]
      }
      if let minutes = next {
        workbook?.timers[step] = StepTimer(minutes: minutes)
        message = StatusMessage("\(step.title): a \(minutes)-minute timer. T changes it.")
      } else {
        workbook?.timers[step] = nil
        message = StatusMessage("\(step.title): no timer.")
      }
    }
    return []
  }

  /// The run loop's clock: starts the timers set since the last tick.
  mutating func tick(_ now: Double) {
    clock = now
    guard var timers = workbook?.timers else { return }
    for (step, timer) in timers where timer.endsAt == nil {
      timers[step]?.endsAt = now + Double(timer.minutes * 60)
    }
    workbook?.timers = timers
  }

  /// A timer was set and waits for the clock to start it: the run loop should tick now.
  public var timerAwaitsClock: Bool {
    workbook?.timers.values.contains { $0.endsAt == nil } ?? false
  }

  /// A timer is counting down: the run loop should tick about once a second.
  public var timerRunning: Bool {
    guard let clock else { return timerAwaitsClock }
    return workbook?.timers.values.contains { ($0.endsAt ?? .infinity) > clock } ?? false
  }

  /// The timer of the step in view, if the facilitator set one.
  var currentStepTimer: StepTimer? {
    guard screen == .workbook, let workbook else { return nil }
    return workbook.timers[workbook.step]
  }
}
