import Testing
import WorkbookCore
import WorkbookRuntime
import WorkbookWorkflow

/// The runtime's loop, without a terminal: scripted events, effects performed in memory.
@Suite struct RuntimeTests {
  typealias Recorded = Runtime<
    RecordingFrontEnd, ScriptedTerminal<[RecordingFrontEnd.Command], [RecordingFrontEnd.Action]>,
    InMemoryEffectPerformer
  >

  static let session = Session(
    id: "s1", title: "Spring workshop", createdAt: "2026-11-25T09:00:00Z", mode: .workshop,
    participants: [Participant(id: "p1", name: "Ana")], strategyID: "oe", contentVersion: "1")

  static func runtime(_ script: [[RecordingFrontEnd.Command]] = []) -> Recorded {
    Runtime(
      state: RecordingFrontEnd.State(), frontEnd: RecordingFrontEnd(),
      terminal: ScriptedTerminal(script: script),
      performer: InMemoryEffectPerformer(strategies: [], sessions: [session]))
  }

  @Test func anEffectsResultReachesTheFrontEnd() {
    var runtime = Self.runtime()
    runtime.send([.ask([.openSession(id: "s1"), .openSession(id: "gone")])])
    #expect(
      runtime.state.applied == [
        .ask([.openSession(id: "s1"), .openSession(id: "gone")]),
        .reported(.sessionOpened(Self.session)), .reported(.failed("no session gone")),
      ])
    #expect(runtime.state.open == Self.session)
  }

  @Test func aQuitAfterPendingSavesPerformsTheSavesFirst() {
    var renamed = Self.session
    renamed.title = "Autumn workshop"
    var runtime = Self.runtime([
      [.ask([.saveSession(renamed), .quit, .deleteSession(id: "s1")])],
      [.ask([.deleteSession(id: "s1")])],
    ])
    let ending = runtime.run(launchEffects: [])
    #expect(ending == .quit)
    #expect(runtime.performer.saved["s1"]?.title == "Autumn workshop")
    // Nothing after the quit: neither the effect queued behind it nor the next event.
    #expect(runtime.performer.asked == [.saveSession(renamed), .quit])
    #expect(runtime.quitAsked)
  }

  /// Each command of an event is decided once the one before has been applied and its effects'
  /// results reported: the save below is decided in a state where the session is open.
  @Test func aBurstIsDecidedOneCommandAtATime() {
    var runtime = Self.runtime()
    runtime.send([.saveIfOpen, .ask([.openSession(id: "s1")]), .saveIfOpen])
    #expect(
      runtime.performer.asked == [.openSession(id: "s1"), .saveSession(Self.session)])
    #expect(runtime.state.applied.first == .refused)
  }

  @Test func nothingInABurstIsDecidedAfterAQuit() {
    var runtime = Self.runtime()
    let quit = runtime.send([.ask([.quit]), .saveIfOpen, .ask([.openSession(id: "s1")])])
    #expect(quit)
    #expect(runtime.state.applied == [.ask([.quit])])
  }

  @Test func theInputClosingIsAnInterruptAfterTheLaunchEffectsAndEveryEvent() {
    var runtime = Self.runtime([[.ask([.openSession(id: "s1")])]])
    let ending = runtime.run(launchEffects: [.loadSessionList])
    #expect(ending == .inputClosed)
    #expect(runtime.performer.asked == [.loadSessionList, .openSession(id: "s1")])
    #expect(runtime.state.applied.last == .interrupted)
    // Shown after the event, before the input closed.
    #expect(runtime.terminal.shown?.last == .reported(.sessionOpened(Self.session)))
  }

  @Test func theBellIsTheTerminals() {
    var runtime = Self.runtime()
    runtime.send([.ask([.ringBell, .ringBell])])
    #expect(runtime.terminal.bells == 2)
    #expect(runtime.performer.asked.isEmpty)
  }
}
