import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updateTimer(_ action: TimerAction) -> [Effect] {
    guard let workbook else { return [] }
    switch action {
    case .cycle:
      let step = workbook.step
      let planned = workbook.agendaMinutes(for: step)
      let lengths = Set(StepTimer.lengths + (planned.map { [$0] } ?? [])).sorted()
      let next: Int?
      if let timer = workbook.timer, timer.step == step {
        next = lengths.first { $0 > timer.minutes }
      } else {
        next = planned ?? lengths.first
      }
      if let minutes = next {
        self.workbook?.timer = StepTimer(step: step, minutes: minutes)
        message = StatusMessage(
          minutes == planned ? .tuiTimerSetAgenda : .tuiTimerSet, MessageWord(step.titleKey),
          minutes)
      } else {
        self.workbook?.timer = nil
        message = StatusMessage(.tuiTimerOff, MessageWord(step.titleKey))
      }
    case .toggleBell:
      bellEnabled.toggle()
      message = StatusMessage(bellEnabled ? .tuiBellOn : .tuiBellOff)
    }
    return []
  }

  /// The run loop's clock: starts a timer set since the last tick, and announces once, with the
  /// terminal bell unless it is off, that time is up.
  mutating func tick(_ now: Double) -> [Effect] {
    clock = now
    guard var timer = workbook?.timer else { return [] }
    if timer.endsAt == nil { timer.endsAt = now + Double(timer.minutes * 60) }
    var effects: [Effect] = []
    if timer.isUp(at: now), !timer.announced {
      timer.announced = true
      if bellEnabled { effects.append(.ringBell) }
    }
    workbook?.timer = timer
    return effects
  }

  /// A timer was set and waits for the clock to start it: the run loop should tick now.
  public var timerAwaitsClock: Bool {
    guard let timer = workbook?.timer else { return false }
    return timer.endsAt == nil
  }

  /// A timer is counting down: the run loop should tick about once a second.
  public var timerRunning: Bool {
    guard let timer = workbook?.timer else { return false }
    return timer.endsAt == nil || !timer.announced
  }
}

extension WorkbookState {
  /// The minutes the session's agenda gives the step; nil without an agenda or for a step it
  /// gives no time.
  func agendaMinutes(for step: Step) -> Int? {
    guard let minutes = session.agenda?.minutes(for: step.agendaID), minutes > 0 else {
      return nil
    }
    return minutes
  }
}

extension Step {
  /// The step's key in a session's agenda ("reflection").
  var agendaID: String { Agenda.stepIDs[rawValue] }
}
