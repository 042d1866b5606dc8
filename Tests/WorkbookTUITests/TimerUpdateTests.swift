import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The facilitator's timer on a fake clock: set with T (from the agenda's minutes when there is
/// one), started and counted down by the run loop's ticks, shown on every step in the status
/// line, and announced once, with the bell, when time is up.
@Suite struct TimerUpdateTests {
  private func statusLine(_ state: AppState) -> String {
    render(state, width: 80, height: 24).lines[23]
  }

  /// The style of the status line's cell at `column`.
  private func style(_ state: AppState, column: Int) -> TextStyle {
    render(state, width: 80, height: 24)[23, column].style
  }

  /// A workshop whose agenda is the suggested 60 minutes (Reflection 15), at `step`.
  private func withAgenda(
    _ session: Session = Fixture.session(), step: Step = .reflection
  ) -> AppState {
    var session = session
    session.agenda = Agenda.suggested(forMinutes: 60)
    return Fixture.app(session, step: step)
  }

  @Test func withoutAnAgendaTCyclesFiveTenFifteenTwentyAndOff() {
    var state = Fixture.app(step: .reflection)
    var lengths: [Int?] = []
    for _ in 0..<5 {
      press(.character("T"), in: &state)
      lengths.append(state.workbook?.timer?.minutes)
    }
    #expect(lengths == [5, 10, 15, 20, nil])
  }

  @Test func withAnAgendaTStartsWithItsMinutesThenLongerThenOff() {
    var state = withAgenda(step: .plan)
    press(.character("T"), in: &state)
    #expect(state.workbook?.timer == StepTimer(step: .plan, minutes: 10))
    #expect(state.message?.text == "Plan: the agenda's 10 minutes on the clock. T changes it.")
    var lengths: [Int?] = []
    for _ in 0..<3 {
      press(.character("T"), in: &state)
      lengths.append(state.workbook?.timer?.minutes)
    }
    #expect(lengths == [15, 20, nil])
    // A step the agenda gives no time (Export: 0) starts at five minutes.
    press(.character("6"), .character("T"), in: &state)
    #expect(state.workbook?.timer == StepTimer(step: .export, minutes: 5))
  }

  @Test func theFirstTickStartsTheTimerAndLaterOnesCountDown() {
    var state = withAgenda()
    #expect(!state.timerAwaitsClock && !state.timerRunning)
    press(.character("T"), in: &state)
    #expect(state.timerAwaitsClock)
    #expect(statusLine(state).hasSuffix("Reflection: 15:00 left   Saved"))
    #expect(update(&state, .tick(seconds: 100)) == [])
    #expect(!state.timerAwaitsClock && state.timerRunning)
    #expect(state.workbook?.timer?.endsAt == 1000)
    _ = update(&state, .tick(seconds: 101.5))
    #expect(statusLine(state).hasSuffix("Reflection: 14:59 left   Saved"))
    _ = update(&state, .tick(seconds: 939))
    #expect(statusLine(state).hasSuffix("Reflection: 01:01 left   Saved"))
    #expect(style(state, column: 50) == .bar)
  }

  @Test func timeUpIsSaidInTheWarningStyleAndRingsTheBellExactlyOnce() {
    var state = withAgenda()
    press(.character("T"), in: &state)
    var bells = 0
    for second in [0.0, 1, 899, 900, 901, 902, 1500] {
      bells += update(&state, .tick(seconds: second)).count { $0 == .ringBell }
    }
    #expect(bells == 1)
    let text = "Time is up for Reflection (15 min)"
    #expect(statusLine(state).hasSuffix(text + "   Saved"))
    // The text takes columns 37 to 70, before three spaces and "Saved".
    #expect(style(state, column: 37) == .warning)
    #expect(style(state, column: 70) == .warning)
    // The clock stops ticking, and the notice stays after keys and on other steps.
    #expect(!state.timerRunning && !state.timerAwaitsClock)
    press(.down, .character("4"), in: &state)
    #expect(statusLine(state).contains(text))
  }

  @Test func theBellRingsAtTheTickThatReachesTheEnd() {
    var state = withAgenda(step: .overview)
    press(.character("T"), in: &state)
    _ = update(&state, .tick(seconds: 10))
    #expect(update(&state, .tick(seconds: 309.5)) == [])
    #expect(statusLine(state).hasSuffix("Overview: 00:01 left   Saved"))
    #expect(update(&state, .tick(seconds: 310)) == [.ringBell])
  }

  @Test func withTheBellOffTimeUpIsShownWithoutIt() {
    var state = withAgenda()
    press(.character("B"), in: &state)
    #expect(state.message?.text == "No bell when time is up.")
    press(.character("T"), in: &state)
    var effects: [Effect] = []
    for second in [0.0, 900, 901] { effects += update(&state, .tick(seconds: second)) }
    #expect(effects == [])
    #expect(statusLine(state).contains("Time is up for Reflection (15 min)"))
    press(.character("B"), in: &state)
    #expect(state.message?.text == "The bell rings when time is up.")
  }

  @Test func theTimerShowsOnEveryStepAndTOnAnotherStepReplacesIt() {
    var state = withAgenda()
    press(.character("T"), in: &state)
    _ = update(&state, .tick(seconds: 0))
    _ = update(&state, .tick(seconds: 60))
    for step in ["1", "2", "4", "5", "6"] {
      press(.character(Character(step)), in: &state)
      #expect(statusLine(state).hasSuffix("Reflection: 14:00 left   Saved"), "step \(step)")
    }
    press(.character("4"), .character("T"), in: &state)
    #expect(statusLine(state).hasSuffix("Recommendations: 15:00 left   Saved"))
    // Recommendations' own timer, started by the next tick; Reflection's is gone.
    _ = update(&state, .tick(seconds: 61))
    #expect(state.workbook?.timer?.step == .recommendations)
    #expect(state.workbook?.timer?.endsAt == 961)
  }

  @Test func aSoloSessionIsTimedTheSameWay() {
    var state = withAgenda(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores)
    press(.character("T"), in: &state)
    var bells = 0
    for second in [0.0, 900, 901] {
      bells += update(&state, .tick(seconds: second)).count { $0 == .ringBell }
    }
    #expect(bells == 1)
    #expect(statusLine(state).contains("Time is up for Scores (15 min)"))
  }

  @Test func aPrivateTurnStillShowsTheTimer() {
    var state = withAgenda(step: .scores)
    press(.character("T"), in: &state)
    _ = update(&state, .tick(seconds: 0))
    press(.enter, .enter, in: &state)
    #expect(state.workbook?.scores.phase == .scoring(participantID: "p1", item: 0))
    _ = update(&state, .tick(seconds: 30))
    #expect(statusLine(state).hasSuffix("Scores: 14:30 left   Saved"))
  }

  @Test func timersAreNotSavedAndEndWithTheSession() {
    var state = withAgenda()
    let effects = press(.character("T"), in: &state)
    #expect(effects == [])
    #expect(state.save == .unchanged)
    press(.escape, in: &state)
    _ = update(&state, .result(.sessionOpened(Fixture.session())))
    #expect(state.workbook?.timer == nil)
    #expect(!statusLine(state).contains("left"))
  }
}
