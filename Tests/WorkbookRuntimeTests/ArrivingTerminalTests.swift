import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookRuntime

/// The full screen's first frame is rendered while its terminal is still being set up: from the
/// opening event known ahead, shown once the terminal has arrived, and never shown when the
/// terminal's own opening event turns out otherwise.
@Suite struct ArrivingTerminalTests {
  typealias Command = RecordingFrontEnd.Command
  typealias Action = RecordingFrontEnd.Action

  /// A terminal that keeps every output shown, in order.
  struct ShowingTerminal: FrontEndTerminal {
    var openingEvent: [Command]?
    var script: [[Command]] = []
    var shown: [[Action]] = []

    mutating func nextInput() -> TerminalInput<[Command]> {
      script.isEmpty ? .closed : .event(script.removeFirst())
    }

    mutating func show(_ output: [Action]) { shown.append(output) }

    mutating func ringBell() {}
  }

  private func runtime(ahead: [Command]?) -> Runtime<
    RecordingFrontEnd, ArrivingTerminal<ShowingTerminal>, InMemoryEffectPerformer
  > {
    Runtime(
      state: RecordingFrontEnd.State(), frontEnd: RecordingFrontEnd(),
      terminal: ArrivingTerminal(openingEvent: ahead),
      performer: InMemoryEffectPerformer(strategies: [], sessions: []))
  }

  @Test func theFirstOutputIsRenderedBeforeTheTerminalArrivesAndShownOnceItHas() {
    var runtime = runtime(ahead: [.saveIfOpen])
    // Nothing of the terminal but its opening event is asked for: it has not arrived.
    let quitAtStart = runtime.start(launchEffects: [])
    #expect(!quitAtStart)
    #expect(runtime.outputAhead == [.refused])
    runtime.terminal.arrive(ShowingTerminal(openingEvent: [.saveIfOpen]))
    let ending = runtime.run()
    #expect(ending == .inputClosed)
    // The opening event applied once, its output shown once, before the input closed.
    #expect(runtime.state.applied == [.refused, .interrupted])
    #expect(runtime.terminal.arrived?.shown == [[.refused]])
  }

  @Test func aStateChangedBeforeTheFirstShowIsRenderedAgain() {
    var runtime = runtime(ahead: [.saveIfOpen])
    let quitAtStart = runtime.start(launchEffects: [])
    #expect(!quitAtStart)
    runtime.send([.ask([])])
    #expect(runtime.outputAhead == nil)
    runtime.terminal.arrive(ShowingTerminal(openingEvent: [.saveIfOpen]))
    _ = runtime.run()
    #expect(runtime.terminal.arrived?.shown == [[.refused, .ask([])]])
  }

  @Test func aTerminalWhoseOpeningDiffersNeverShowsWhatWasRenderedForTheOther() {
    var runtime = runtime(ahead: [.saveIfOpen])
    let quitAtStart = runtime.start(launchEffects: [])
    #expect(!quitAtStart)
    runtime.terminal.arrive(ShowingTerminal(openingEvent: [.ask([])]))
    _ = runtime.run()
    // Its own opening event came first, and only the output after it was shown.
    #expect(runtime.state.applied == [.refused, .ask([]), .interrupted])
    #expect(runtime.terminal.arrived?.shown == [[.refused, .ask([])]])
  }

  @Test func anOpeningEventNotKnownAheadIsTheTerminalsOwnFirstInput() {
    var runtime = runtime(ahead: nil)
    let quitAtStart = runtime.start(launchEffects: [])
    #expect(!quitAtStart)
    runtime.terminal.arrive(ShowingTerminal(openingEvent: [.saveIfOpen]))
    _ = runtime.run()
    #expect(runtime.terminal.arrived?.shown == [[.refused]])
  }
}
