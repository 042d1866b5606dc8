import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookTUI

/// The Results' figures and the step bar's progress are kept with the state between frames
/// (`WorkbookState.Figures`). Whatever changes what they follow from, the frame is the one a
/// state without kept figures draws, and the change shows.
@Suite struct ResultsFiguresTests {
  private func revealedApp(step: Step = .scores) -> AppState {
    var session = Fixture.scored(Fixture.session())
    session.scoresRevealed = true
    return Fixture.app(session, step: step)
  }

  /// The frame of `state` drawn with no figures kept: worked out from the session itself.
  private func fresh(_ state: AppState) -> [String] {
    var state = state
    state.workbook?.figures = WorkbookState.Figures()
    return render(state, width: 80, height: 24).lines
  }

  private func expectDrawnAsFresh(
    _ state: AppState, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    #expect(
      render(state, width: 80, height: 24).lines == fresh(state), sourceLocation: sourceLocation)
  }

  @Test func updateKeepsFiguresForTheSessionItHolds() throws {
    var state = revealedApp()
    let workbook = try #require(state.workbook)
    #expect(
      workbook.figures.results?.value(for: workbook.session, strategy: workbook.strategy) != nil)
    #expect(
      workbook.figures.progress?.value(for: workbook.session, strategy: workbook.strategy) != nil)
    // A save's answer changes only the time of the last save: the figures are kept.
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:00Z")))
    let saved = try #require(state.workbook)
    #expect(saved.session.updatedAt != workbook.session.updatedAt)
    #expect(saved.figures.results?.value(for: saved.session, strategy: saved.strategy) != nil)
  }

  /// A score changed after the reveal (here as a session followed read-only is reloaded, straight
  /// into the state) is in the next frame, kept figures or not.
  @Test func aScoreChangedAfterTheRevealShows() throws {
    var state = revealedApp()
    let before = render(state, width: 80, height: 24).lines
    state.workbook?.session.participants[0].scores["gatherings"] = .score(4)
    expectDrawnAsFresh(state)
    #expect(render(state, width: 80, height: 24).lines != before)
    // And once `update` has made the figures again.
    _ = update(&state, .scores(.moveDown))
    _ = update(&state, .scores(.moveUp))
    expectDrawnAsFresh(state)
    #expect(!render(state, width: 80, height: 24).lines.joined().contains("Lowest Ana"))
  }

  @Test func aRenamedParticipantIsNamedInTheSplit() throws {
    var state = revealedApp()
    #expect(render(state, width: 80, height: 24).lines.joined().contains("Lowest Ana (1)"))
    state.workbook?.session.participants[0].name = "Anneliese"
    expectDrawnAsFresh(state)
    #expect(render(state, width: 80, height: 24).lines.joined().contains("Lowest Anneliese (1)"))
    _ = update(&state, .resized(width: 80, height: 24))
    #expect(render(state, width: 80, height: 24).lines.joined().contains("Lowest Anneliese (1)"))
  }

  @Test func anUndoneChangeShowsInTheStepBar() throws {
    var state = revealedApp(step: .reflection)
    let question = Fixture.strategy.reflectionQuestions[0].id
    state.workbook?.session.reflection[question] = ReflectionAnswer(text: "We meet monthly.")
    expectDrawnAsFresh(state)
    let answered = render(state, width: 80, height: 24).lines[0]
    state.workbook?.session.reflection[question] = nil
    expectDrawnAsFresh(state)
    #expect(render(state, width: 80, height: 24).lines[0] != answered)
  }

  @Test func theLanguageChangedShowsInTheResults() throws {
    var state = revealedApp()
    state.messages = ShippedMessages.messages("de")
    expectDrawnAsFresh(state)
    #expect(render(state, width: 80, height: 24).lines != fresh(revealedApp()))
  }

  /// Sixty people, so that the names of a split run over many lines and are cut, and the bars
  /// run to the frame's edge: after each resize and language switch, one after another, the frame
  /// is the one a state without kept figures draws at that size, and differs from the last.
  @Test func manyNamesAfterResizesAndLanguageSwitchesShowAsAFreshFrame() throws {
    let names = (1...60).map { "Participant number \($0)" }
    var session = Fixture.scored(Fixture.session(names: names))
    session.scoresRevealed = true
    var state = Fixture.app(session, step: .scores)
    var last: [String] = []
    for (width, height, language) in [
      (80, 24, "en"), (120, 40, "en"), (120, 40, "de"), (200, 60, "de"), (80, 24, "fr"),
      (100, 30, "en"),
    ] {
      _ = update(&state, .resized(width: width, height: height))
      state.messages = language == "en" ? .english : ShippedMessages.messages(language)
      _ = update(&state, .scores(.moveDown))
      _ = update(&state, .scores(.moveUp))
      var without = state
      without.workbook?.figures = WorkbookState.Figures()
      let frame = render(state, width: width, height: height).lines
      #expect(frame == render(without, width: width, height: height).lines, "\(width)×\(height)")
      #expect(frame.joined().contains("Participant number 1"), "\(width)×\(height)")
      #expect(frame != last)
      last = frame
    }
  }

  /// Two states that differ only in whether figures were kept are the same state.
  @Test func keptFiguresAreNotPartOfTheState() {
    let state = revealedApp()
    var without = state
    without.workbook?.figures = WorkbookState.Figures()
    #expect(state == without)
  }
}
