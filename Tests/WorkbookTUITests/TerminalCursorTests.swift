import Testing
import WorkbookCore
import WorkbookTUI

/// The terminal cursor, which screen readers and braille displays follow, rests on the selected
/// row (hidden) when no text is being written, and shows at the text cursor when it is.
@Suite struct TerminalCursorTests {
  private func cursorLine(_ state: AppState) -> (line: String, isVisible: Bool) {
    let frame = render(state, width: 80, height: 24)
    let cursor = frame.terminalCursor
    let line = frame.lines[cursor.position.row]
    return (String(line.dropFirst(cursor.position.column)), cursor.isVisible)
  }

  @Test func restsHiddenOnTheSelectedRecommendation() {
    var state = RecommendationsFixture.app(RecommendationsFixture.reviewed())
    for _ in 0..<6 { _ = update(&state, .recommendations(.moveDown)) }
    let cursor = cursorLine(state)
    #expect(cursor.line.hasPrefix("▸ Not reviewed   Ensure your staff"))
    #expect(!cursor.isVisible)
  }

  @Test func followsTheSelectedPlanRow() {
    var state = PlanFixture.app(PlanFixture.planned())
    _ = update(&state, .plan(.moveDown))
    #expect(cursorLine(state).line.hasPrefix("▸"))
    let frame = render(state, width: 80, height: 24)
    let rowOfSecond = frame.lines.firstIndex { $0.contains("▸") }
    #expect(frame.terminalCursor.position.row == rowOfSecond)
  }

  @Test func restsOnTheSelectedParticipantBeforeTheirTurn() {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .scores(.moveDown))
    #expect(cursorLine(state).line.hasPrefix("▸ Bo"))
  }

  @Test func showsAtTheTextCursorWhileWriting() {
    var state = Fixture.app(step: .reflection)
    _ = update(&state, .reflection(.editAnswer))
    for character in "We meet" {
      updateAsDrawn(&state, .textEditor(.character(character), .unmeasured))
    }
    let frame = render(state, width: 80, height: 24)
    let cursor = frame.terminalCursor
    #expect(cursor.isVisible)
    #expect(frame.lines[cursor.position.row].prefix(cursor.position.column).hasSuffix("We meet"))
  }

  @Test func standsOnTheHelpWhileItShows() {
    var state = Fixture.app(step: .reflection)
    state.showingHelp = true
    let cursor = cursorLine(state)
    #expect(cursor.line.hasPrefix("Keys"))
    #expect(!cursor.isVisible)
  }
}
