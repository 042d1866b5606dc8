import Testing
import WorkbookCore
import WorkbookTUI

/// The facilitator's step timer: set with T, started and counted down by the run loop's ticks,
/// shown in the status line.
@Suite struct TimerUpdateTests {
  private func statusLine(_ state: AppState) -> String {
    render(state, width: 80, height: 24).lines[23]
  }

  /// The style of the status line's cell at `column`.
  private func style(_ state: AppState, column: Int) -> TextStyle {
    render(state, width: 80, height: 24)[23, column].style
  }

  @Test func tCyclesFiveTenFifteenTwentyAndOff() {
    var state = Fixture.app(step: .reflection)
    var lengths: [Int?] = []
    for _ in 0..<5 {
      press(.character("T"), in: &state)
      lengths.append(state.workbook?.timers[.reflection]?.minutes)
    }
    #expect(lengths == [5, 10, 15, 20, nil])
  }

  @Test func theFirstTickStartsTheTimerAndLaterOnesCountDown() {
    var state = Fixture.app(step: .reflection)
    #expect(!state.timerAwaitsClock && !state.timerRunning)
    press(.character("T"), in: &state)
    #expect(state.timerAwaitsClock)
    #expect(statusLine(state).hasSuffix("Timer 05:00   Saved"))
    _ = update(&state, .tick(seconds: 100))
    #expect(!state.timerAwaitsClock && state.timerRunning)
    #expect(state.workbook?.timers[.reflection]?.endsAt == 400)
    _ = update(&state, .tick(seconds: 101.5))
    #expect(statusLine(state).hasSuffix("Timer 04:59   Saved"))
    _ = update(&state, .tick(seconds: 339))
    #expect(statusLine(state).hasSuffix("Timer 01:01   Saved"))
    #expect(style(state, column: 63) == .bar)
  }

  @Test func runningOutShowsZeroInTheWarningStyleAndStopsTheTicks() {
    var state = Fixture.app(step: .plan)
    press(.character("T"), in: &state)
    _ = update(&state, .tick(seconds: 10))
    _ = update(&state, .tick(seconds: 311))
    #expect(statusLine(state).hasSuffix("Timer 00:00   Saved"))
    // "Timer 00:00" takes columns 60 to 70, before three spaces and "Saved".
    #expect(style(state, column: 60) == .warning)
    #expect(style(state, column: 70) == .warning)
    #expect(!state.timerRunning)
  }

  @Test func eachStepHasItsOwnTimer() {
    var state = Fixture.app(step: .reflection)
    press(.character("T"), .character("T"), in: &state)
    _ = update(&state, .tick(seconds: 0))
    press(.character("5"), in: &state)
    #expect(!statusLine(state).contains("Timer"))
    press(.character("T"), in: &state)
    _ = update(&state, .tick(seconds: 60))
    #expect(statusLine(state).hasSuffix("Timer 05:00   Saved"))
    press(.character("3"), in: &state)
    #expect(statusLine(state).hasSuffix("Timer 09:00   Saved"))
  }

  @Test func timersAreNotSavedAndEndWithTheSession() {
    var state = Fixture.app(step: .reflection)
    let effects = press(.character("T"), in: &state)
    #expect(effects == [])
    #expect(state.save == .unchanged)
    press(.escape, in: &state)
    _ = update(&state, .sessionOpened(Fixture.session()))
    #expect(state.workbook?.timers == [:])
  }
}
