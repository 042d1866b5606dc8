import Testing
import WorkbookCore
import WorkbookTUI

@Suite struct WorkbookUpdateTests {
  @Test func tabAndShiftTabGoRoundTheSteps() {
    var state = Fixture.app()
    _ = update(&state, .steps(.previous))
    #expect(state.workbook?.step == .export)
    _ = update(&state, .steps(.next))
    _ = update(&state, .steps(.next))
    #expect(state.workbook?.step == .scores)
    _ = update(&state, .steps(.goTo(.plan)))
    #expect(state.workbook?.step == .plan)
  }

  @Test func theNumbersJumpToStepsButAreScoresWhileScoring() {
    let state = Fixture.app()
    #expect(Keymap.action(for: .character("3"), in: state) == .steps(.goTo(.reflection)))
    #expect(Keymap.action(for: .tab, in: state) == .steps(.next))
    var solo = Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores)
    _ = update(&solo, .scores(.choose))
    #expect(Keymap.action(for: .character("3"), in: solo) == .scores(.answer(.score(3))))
    #expect(Keymap.action(for: .character("?"), in: solo) == .scores(.answer(.dontKnow)))
    #expect(Keymap.action(for: .character("n"), in: solo) == .scores(.answer(.notApplicable)))
    #expect(Keymap.action(for: .function(1), in: solo) == .toggleHelp)
    // Tab does not leave a private turn; like every key without a meaning there, it says so.
    #expect(Keymap.action(for: .tab, in: solo) == .scores(.otherKey))
  }

  @Test func escClosesTheSessionAndReloadsTheList() {
    var state = Fixture.app()
    #expect(update(&state, .steps(.close)) == [.loadSessionList])
    #expect(state.screen == .start)
    #expect(state.workbook == nil)
  }

  @Test func theOverviewScrollsWithinItsText() {
    var state = Fixture.app()
    updateAsDrawn(&state, .overview(.scroll(.unmeasured(.up))))
    #expect(state.workbook?.overview.scroll == 0)
    updateAsDrawn(&state, .overview(.scroll(.unmeasured(.down))))
    #expect(state.workbook?.overview.scroll == 1)
    for _ in 0..<10 { updateAsDrawn(&state, .overview(.scroll(.unmeasured(.pageDown)))) }
    let last = state.workbook?.overview.scroll ?? 0
    updateAsDrawn(&state, .overview(.scroll(.unmeasured(.down))))
    #expect(state.workbook?.overview.scroll == last)
    #expect(last > 1)
  }

  @Test func helpOpensAndClosesWithTheSameKey() {
    var state = Fixture.app()
    _ = update(&state, Keymap.action(for: .character("?"), in: state)!)
    #expect(state.showingHelp)
    #expect(Keymap.action(for: .character("?"), in: state) == .toggleHelp)
    _ = update(&state, .toggleHelp)
    #expect(!state.showingHelp)
  }

  @Test func belowTheMinimumSizeOnlyQuittingWorksAndTheScreenComesBack() {
    var state = Fixture.app(step: .scores)
    let before = render(state, width: 80, height: 24)
    _ = update(&state, .resized(width: 60, height: 20))
    #expect(Keymap.action(for: .enter, in: state) == nil)
    #expect(Keymap.action(for: .tab, in: state) == nil)
    #expect(Keymap.action(for: .character("q"), in: state) == .quit)
    #expect(Keymap.action(for: .control("c"), in: state) == .interrupt)
    #expect(
      render(state, width: 60, height: 20).lines.contains {
        $0.contains("Make the terminal at least 80×24.")
      })
    _ = update(&state, .resized(width: 80, height: 24))
    #expect(render(state, width: 80, height: 24) == before)
  }

  @Test func everyContextBindsEachKeyOnce() {
    for context in KeyContext.allCases {
      let keys = Keymap.bindings(for: context).flatMap(\.keys)
      #expect(Set(keys).count == keys.count, "\(context) binds a key twice")
    }
  }
}
