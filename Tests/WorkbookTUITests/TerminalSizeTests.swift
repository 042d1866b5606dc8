import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// `update` decides the same whatever the terminal's size: what a key needs of the screen as
/// drawn (an editor's field, a scrolled text's page and end) comes with its action, measured by
/// the keymap.
@Suite struct TerminalSizeTests {
  /// The state with its terminal size left out, to compare two sizes' states.
  private func sizeless(_ state: AppState) -> AppState {
    var state = state
    state.terminalWidth = 0
    state.terminalHeight = 0
    return state
  }

  private let long =
    "We meet every month in the library, and twice a year we hold an editathon with the "
    + "university. Newcomers come to both, but few of them stay on after the first year."

  /// The same actions, applied at 80×24 and at 200×50, leave the same state and ask the same
  /// effects.
  private func expectSameAtBothSizes(
    step: Step, _ actions: [Action], session: Session = Fixture.session(),
    sourceLocation: SourceLocation = #_sourceLocation
  ) {
    var small = Fixture.app(session, step: step, width: 80, height: 24)
    var large = Fixture.app(session, step: step, width: 200, height: 50)
    for action in actions {
      let smallEffects = update(&small, action)
      let largeEffects = update(&large, action)
      // The first difference only: the states are long to print.
      guard smallEffects == largeEffects, sizeless(small) == sizeless(large) else {
        Issue.record(
          "\(action) decides differently at 80×24 and 200×50", sourceLocation: sourceLocation)
        return
      }
    }
  }

  @Test func everyEditorDecidesByTheFieldItIsGivenNotByTheTerminal() {
    let narrow = FieldSize(width: 20, height: 3)
    let typing = long.map { Action.textEditor(.character($0), narrow) }
    let moves: [Action] = [
      .textEditor(.up, narrow), .textEditor(.up, FieldSize(width: 40, height: 3)),
      .textEditor(.pageUp, narrow), .textEditor(.down, narrow), .textEditor(.control("d"), narrow),
    ]
    expectSameAtBothSizes(step: .overview, [.overview(.editNotes)] + typing + moves)
    expectSameAtBothSizes(step: .reflection, [.reflection(.editAnswer)] + typing + moves)
    expectSameAtBothSizes(
      step: .recommendations, [.recommendations(.editNote)] + typing + moves)
    expectSameAtBothSizes(step: .plan, [.plan(.addRow)] + typing + moves)
    expectSameAtBothSizes(
      step: .export,
      [.export(.editFileName), .textEditor(.control("u"), narrow)]
        + "notes.md".map { .textEditor(.character($0), narrow) }
        + [.textEditor(.left, narrow), .textEditor(.enter, narrow)])
  }

  @Test func theFreeScrollsMoveByTheExtentTheyAreGiven() {
    let scrolls: [FreeScroll] = [
      FreeScroll(.pageDown, page: 7, last: 30), FreeScroll(.down, page: 7, last: 30),
      FreeScroll(.pageDown, page: 40, last: 12), FreeScroll(.up, page: 40, last: 12),
    ]
    expectSameAtBothSizes(step: .overview, scrolls.map { .overview(.scroll($0)) })
    expectSameAtBothSizes(step: .export, scrolls.map { .export(.scroll($0)) })
  }

  @Test func aScrollMovesWithinTheTextAsDrawn() {
    var state = Fixture.app()
    _ = update(&state, .overview(.scroll(FreeScroll(.pageDown, page: 7, last: 30))))
    #expect(state.workbook?.overview.scroll == 7)
    // Drawn taller, the text ends sooner: the next move counts from its end as drawn.
    _ = update(&state, .overview(.scroll(FreeScroll(.down, page: 20, last: 3))))
    #expect(state.workbook?.overview.scroll == 3)
    _ = update(&state, .overview(.scroll(FreeScroll(.up, page: 20, last: 3))))
    #expect(state.workbook?.overview.scroll == 2)
    _ = update(&state, .overview(.scroll(FreeScroll(.pageUp, page: 20, last: 3))))
    #expect(state.workbook?.overview.scroll == 0)
  }

  @Test func aResizeChangesNothingButTheSizeKept() {
    var state = Fixture.app(step: .export)
    for _ in 0..<3 { updateAsDrawn(&state, .export(.scroll(.unmeasured(.pageDown)))) }
    _ = update(&state, .export(.editFileName))
    updateAsDrawn(&state, .textEditor(.character("x"), .unmeasured))
    var expected = state
    expected.terminalWidth = 200
    expected.terminalHeight = 50
    #expect(update(&state, .resized(width: 200, height: 50)) == [])
    #expect(state == expected)
  }

  @Test func theKeymapMeasuresTheEditorsFieldInTheScreenAsDrawn() {
    var small = Fixture.app(step: .recommendations, width: 80, height: 24)
    var large = Fixture.app(step: .recommendations, width: 120, height: 40)
    _ = update(&small, .recommendations(.editNote))
    _ = update(&large, .recommendations(.editNote))
    // The note's field is the content's width less its indent: 76 − 2, and 100 (the widest
    // content) − 2, four rows high.
    #expect(
      Keymap.action(for: .down, in: small) == .textEditor(.down, FieldSize(width: 74, height: 4)))
    #expect(
      Keymap.action(for: .down, in: large) == .textEditor(.down, FieldSize(width: 98, height: 4)))
    // Keys every context shares are not the editor's.
    #expect(Keymap.action(for: .control("c"), in: small) == .interrupt)
  }

  @Test func theKeymapMeasuresAPageOfTheOverviewAsDrawn() {
    let small = Fixture.app(width: 80, height: 24)
    let large = Fixture.app(width: 120, height: 40)
    guard case .overview(.scroll(let smallScroll))? = Keymap.action(for: .pageDown, in: small),
      case .overview(.scroll(let largeScroll))? = Keymap.action(for: .pageDown, in: large)
    else {
      Issue.record("Page Down does not scroll the Overview")
      return
    }
    // A page is the rows shown less one kept for context: 20 − 1, and 36 − 1.
    #expect(smallScroll.page == 19)
    #expect(largeScroll.page == 35)
    // The last offset shows the text's end at the foot of the rows shown.
    let shown = render(small, width: 80, height: 24)
    var atEnd = small
    _ = update(
      &atEnd, .overview(.scroll(FreeScroll(.pageDown, page: 1000, last: smallScroll.last))))
    let end = render(atEnd, width: 80, height: 24)
    #expect(shown.lines[2] != end.lines[2])
    #expect(!end.lines.joined().contains("↓ more"))
    var oneShort = small
    _ = update(
      &oneShort, .overview(.scroll(FreeScroll(.pageDown, page: 1000, last: smallScroll.last - 1))))
    #expect(render(oneShort, width: 80, height: 24).lines.joined().contains("↓ more"))
  }
}
