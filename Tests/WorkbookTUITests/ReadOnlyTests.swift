import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// A session followed read-only while another terminal edits it: every step shows, every change
/// is refused with the same clear message and nothing is saved, the other terminal's saves
/// replace what is shown without moving the viewer, and nothing of anyone's scores shows before
/// the reveal.
@Suite struct ReadOnlyTests {
  static let ana = OtherTerminal(user: "ana", host: "laptop", since: "2026-11-25T18:00:00Z")
  static let refusal = "Read-only: ana's terminal is editing this session."

  /// A session with a plan row, a reflection answer and a reviewed recommendation, followed
  /// read-only on `step`.
  private func following(
    _ session: Session = ReadOnlyTests.session(), step: Step = .overview, width: Int = 80,
    height: Int = 24
  ) -> AppState {
    var state = AppState(strategies: [ReflectionFixture.strategy])
    _ = update(&state, .resized(width: width, height: height))
    _ = update(&state, .result(.sessionOpenedReadOnly(session, editor: Self.ana)))
    if step != .overview { _ = update(&state, .steps(.goTo(step))) }
    return state
  }

  static func session(revealed: Bool = false) -> Session {
    var session = Fixture.scored(Fixture.session())
    session.scoresRevealed = revealed
    session.plan = [PlanRow(id: "row-1", cells: ["goal": "More meetups"])]
    session.reflection["importance"] = ReflectionAnswer(text: "Key.", choice: "key")
    session.agenda = Agenda.suggested(forMinutes: 60)
    return session
  }

  /// Every change a user can ask for, by step (some only where that step's screen offers them).
  static let changes: [(step: Step, action: Action)] = [
    (.overview, .overview(.editNotes)), (.overview, .overview(.editAgenda)),
    (.overview, .agenda(.suggest(minutes: 90))), (.overview, .agenda(.change(by: 5))),
    (.overview, .agenda(.remove)),
    (.scores, .scores(.choose)), (.scores, .scores(.reveal)), (.scores, .scores(.confirmReveal)),
    (.scores, .scores(.answer(.score(5)))), (.scores, .scores(.confirm)),
    (.scores, .scores(.rescore)),
    (.reflection, .reflection(.editAnswer)), (.reflection, .reflection(.nextChoice)),
    (.reflection, .reflection(.previousChoice)),
    (.recommendations, .recommendations(.setStatus(.tryNext))),
    (.recommendations, .recommendations(.cyclePriority)),
    (.recommendations, .recommendations(.editNote)),
    (.recommendations, .recommendations(.addToPlan)),
    (.plan, .plan(.editCell)), (.plan, .plan(.addRow)), (.plan, .plan(.deleteRow)),
    (.plan, .plan(.moveRowDown)), (.plan, .plan(.moveRowUp)),
    (.plan, .undo), (.plan, .redo),
  ]

  @Test(arguments: changes.indices)
  func everyChangeIsRefusedWithAClearMessageAndNothingIsSaved(index: Int) {
    let (step, action) = Self.changes[index]
    for revealed in [false, true] {
      var state = following(Self.session(revealed: revealed), step: step)
      if step == .reflection { _ = update(&state, .reflection(.nextQuestion)) }
      if step == .reflection { _ = update(&state, .reflection(.nextQuestion)) }
      let before = state.workbook
      let effects = update(&state, action)
      #expect(effects == [], "\(action)")
      #expect(state.message == StatusMessage(Self.refusal, isError: true), "\(action)")
      #expect(state.workbook == before, "\(action)")
      #expect(!Keymap.takesText(in: state))
    }
  }

  @Test func keysThatWouldChangeTheSessionAreRefusedOnEveryStep() {
    let keysByStep: [(Step, [Key])] = [
      (.overview, [.character("f"), .character("a")]),
      (.scores, [.enter, .character("r")]),
      (.reflection, [.enter, .right, .left]),
      (.recommendations, [.character("t"), .character("p"), .enter, .character("+")]),
      (.plan, [.character("a"), .enter, .character("d"), .character("J"), .character("u")]),
    ]
    for (step, keys) in keysByStep {
      for key in keys {
        var state = following(step: step)
        let session = state.workbook?.session
        let effects = press(key, in: &state)
        #expect(effects == [], "\(step) \(key)")
        #expect(state.workbook?.session == session)
        #expect(render(state, width: 80, height: 24).lines[23].contains(Self.refusal))
      }
    }
  }

  @Test func lookingMovingTimingAndExportingStillWork() {
    var state = following()
    press(.character("3"), .down, in: &state)
    #expect(state.workbook?.step == .reflection)
    #expect(state.workbook?.reflection.selection == 1)
    press(.character("T"), in: &state)
    #expect(state.workbook?.timer?.step == .reflection)
    press(.character("6"), in: &state)
    let effects = press(.character("w"), in: &state)
    guard case .writeExport? = effects.first else {
      Issue.record("no export written: \(effects)")
      return
    }
    #expect(!effects.contains { if case .saveSession = $0 { true } else { false } })
  }

  @Test func theStatusLineSaysReadOnlyInsteadOfSaved() {
    var state = following()
    press(.down, in: &state)
    let status = render(state, width: 80, height: 24).lines[23]
    #expect(status.hasSuffix("Read-only"))
    #expect(!status.contains("Saved"))
  }

  @Test func anotherTerminalsSaveReplacesTheSessionAndKeepsTheViewersPlace() {
    var state = following(step: .reflection)
    press(.down, .down, in: &state)
    var saved = Self.session()
    saved.reflection["importance"] = ReflectionAnswer(text: "Our meetups.", choice: "key")
    _ = update(&state, .result(.sessionReloaded(saved, editor: Self.ana)))
    #expect(state.workbook?.session == saved)
    #expect(state.workbook?.step == .reflection)
    #expect(state.workbook?.reflection.selection == 2)
    let screen = render(state, width: 120, height: 40).lines.joined(separator: "\n")
    #expect(screen.contains("Our meetups."))
    // A plan row taken away on the other terminal: the selection stays within the plan.
    press(.character("5"), in: &state)
    saved.plan = []
    _ = update(&state, .result(.sessionReloaded(saved, editor: Self.ana)))
    #expect(state.workbook?.plan.row == 0)
  }

  @Test func aSessionOpenedToEditIsNeverReplacedByAReload() {
    var state = Fixture.app()
    var other = Fixture.session()
    other.title = "Changed elsewhere"
    _ = update(&state, .result(.sessionReloaded(other, editor: nil)))
    #expect(state.workbook?.session.title == "Spring workshop")
  }

  @Test func beforeTheRevealATurnInProgressElsewhereShowsNothingOnAnyStep() {
    // Ana is half-way through her private turn on the editing terminal; her answers are saved.
    var empty = Fixture.session()
    empty.plan = []
    var midTurn = empty
    midTurn.participants[0].scores = ["gatherings": .score(1), "communication": .score(5)]
    for step in Step.allCases {
      for (width, height) in [(80, 24), (120, 40)] {
        let withAnswers = following(midTurn, step: step, width: width, height: height)
        let without = following(empty, step: step, width: width, height: height)
        #expect(
          render(withAnswers, width: width, height: height)
            == render(without, width: width, height: height), "\(step) at \(width)x\(height)")
      }
    }
  }

  @Test func theStartScreenOffersToFollowASessionOpenElsewhere() {
    var driver = InputDriver(sessions: [Fixture.session()])
    driver.dispatch(.result(.sessionLocked(id: "s1", editor: Self.ana)))
    let screen = render(driver.state, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(screen.contains("“Spring workshop” is being edited"))
    #expect(screen.contains("r  follow read-only"))
    #expect(Keymap.asksQuestion(in: driver.state))
    // Keys that came together do not answer it.
    driver.burst(.character("r"), .character("r"))
    #expect(driver.state.screen == .start)
    driver.press(.character("r"))
    #expect(driver.effects.last == .openSessionReadOnly(id: "s1"))
    #expect(driver.state.screen == .workbook)
    #expect(driver.state.workbook?.access == .readOnly(editor: nil))
    driver.press(.character("f"))
    #expect(
      driver.state.message?.text
        == "Read-only: this session was opened read-only; open it again to edit it.")
  }

  @Test func escLeavesTheOfferAndTheList() {
    var state = AppState(strategies: [Fixture.strategy])
    _ = update(&state, .result(.sessionsLoaded(Fixture.entries)))
    _ = update(&state, .result(.sessionLocked(id: "a", editor: Self.ana)))
    #expect(state.start.locked?.entry.title == "Spring workshop")
    #expect(press(.escape, in: &state) == [])
    #expect(state.start.locked == nil)
    #expect(state.screen == .start)
  }
}
