import Testing
import WorkbookCore
import WorkbookTUI

/// A solo session speaks to its one person on every screen: no team, nobody else, no spread or
/// agreement of one voice. The workshop keeps its words, so the test can tell the two apart.
@Suite struct SoloWordingTests {
  private func screen(_ state: AppState, width: Int = 120, height: Int = 40) -> String {
    var state = state
    _ = update(&state, .resized(width: width, height: height))
    return render(state, width: width, height: height).lines.joined(separator: "\n")
  }

  private func solo(scored: Bool = false) -> Session {
    let session = Fixture.session(mode: .solo, names: ["Ana"])
    return scored ? Fixture.scored(session) : session
  }

  @Test func theCheckBeforeConfirmingSaysWhatEnterDoesAlone() {
    var alone = Fixture.app(solo(), step: .scores)
    _ = update(&alone, .scores(.choose))
    for _ in 0..<4 { press(.character("4"), .enter, in: &alone) }
    #expect(screen(alone).contains("Enter confirms them and shows your results."))
    #expect(!screen(alone).contains("clears the screen"))

    var workshop = Fixture.app(step: .scores)
    press(.enter, .enter, in: &workshop)
    for _ in 0..<4 { press(.character("4"), .enter, in: &workshop) }
    #expect(screen(workshop).contains("Enter confirms them and clears the screen."))
  }

  @Test func theResultsHaveNoTeamColumnsAlone() {
    var state = Fixture.app(solo(scored: true), step: .scores)
    state.workbook?.session.scoresRevealed = true
    for size in [(80, 24), (120, 40), (200, 50)] {
      let text = screen(state, width: size.0, height: size.1)
      for word in ["Spread", "Agreement", "too few", "team", "discuss", "Mean"] {
        #expect(!text.contains(word), "\(word) at \(size)")
      }
      #expect(text.contains("Your score"), "at \(size)")
    }
    // The item answered "don't know" says so rather than "too few".
    state.workbook?.session.participants[0].scores["needs"] = .dontKnow
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveDown))
    #expect(screen(state, width: 80, height: 24).contains("don't know"))
  }

  @Test func reflectionAsksForYourAnswer() {
    var session = solo(scored: true)
    session.scoresRevealed = true
    let alone = screen(Fixture.app(session, step: .reflection))
    #expect(alone.contains("Your answer"))
    #expect(alone.contains("Press Enter to write your answer."))
    #expect(!alone.contains("team"), "\(alone)")
    var state = Fixture.app(session, step: .reflection)
    _ = update(&state, .reflection(.editAnswer))
    #expect(screen(state).contains("Type your answer."))

    let workshop = screen(Fixture.app(ReflectionFixture.revealed(), step: .reflection))
    #expect(workshop.contains("Team answer"))
  }

  @Test func theReflectionResultsOfOnePersonHaveNoAgreement() {
    var session = solo(scored: true)
    session.scoresRevealed = true
    let alone = screen(ReflectionFixture.app(session, width: 120, height: 40))
    let workshop = screen(
      ReflectionFixture.app(ReflectionFixture.revealed(), width: 120, height: 40))
    #expect(workshop.contains("Results") && workshop.contains("Consensus"))
    let rows = alone.split(separator: "\n").drop { !$0.contains("Results") }.dropFirst().prefix(4)
    #expect(
      rows.count == 4 && rows.allSatisfy { $0.trimmingCharacters(in: .whitespaces).last != "–" },
      "\(alone)")
  }

  @Test func theOverviewDoesNotAskWhetherTheTeamAgrees() {
    let alone = screen(Fixture.app(solo()))
    #expect(!alone.contains("team"), "\(alone)")
    #expect(!alone.contains("together"))
    #expect(screen(Fixture.app()).contains("whether the team agrees"))
  }

  @Test func aNoteIsYours() {
    var state = Fixture.app(solo(), step: .recommendations)
    _ = update(&state, .recommendations(.editNote))
    #expect(screen(state).contains("Type your note."))
  }
}
