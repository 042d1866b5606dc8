import Testing
import WorkbookCore
import WorkbookTUI

/// Before the reveal nothing of anyone's scores shows anywhere: every screen renders the same
/// whatever the scores are, as long as the same people have finished.
@Suite struct PrivacyTests {
  private static let sizes = [(80, 24), (120, 40)]

  /// The same session twice, with opposite scores from everyone.
  private func twins() -> (Session, Session) {
    let low = Fixture.scored(Fixture.session())
    var high = low
    for index in high.participants.indices {
      high.participants[index].scores = [
        "gatherings": .score(5), "communication": .score(1), "needs": .notApplicable,
        "overall": .dontKnow,
      ]
    }
    return (low, high)
  }

  private func expectSameScreens(
    _ a: AppState, _ b: AppState, sourceLocation: SourceLocation = #_sourceLocation
  ) {
    for (width, height) in Self.sizes {
      #expect(
        render(a, width: width, height: height).lines
          == render(b, width: width, height: height).lines,
        sourceLocation: sourceLocation)
      #expect(
        render(a, width: width, height: height) == render(b, width: width, height: height),
        sourceLocation: sourceLocation)
    }
  }

  @Test func noScreenBeforeTheRevealDependsOnTheScores() {
    let (low, high) = twins()
    let walks: [[Action]] = [
      [],
      [.toggleHelp],
      [.steps(.goTo(.scores))],
      [.steps(.goTo(.scores)), .scores(.moveDown), .scores(.moveDown)],
      [.steps(.goTo(.scores)), .scores(.choose)],
      [.steps(.goTo(.scores)), .scores(.reveal)],
      [.steps(.goTo(.scores)), .toggleHelp],
      [.steps(.goTo(.reflection))],
      [.steps(.goTo(.recommendations))],
      [.steps(.goTo(.recommendations)), .recommendations(.toggleWeakAreasFirst)],
      [.steps(.goTo(.plan))],
      [.steps(.goTo(.export))],
      // Every format's preview, the scores CSV and the JSON included.
      [.steps(.goTo(.export)), .export(.nextFormat)],
      [.steps(.goTo(.export)), .export(.nextFormat), .export(.nextFormat)],
      [.steps(.goTo(.export)), .export(.nextFormat), .export(.nextFormat), .export(.nextFormat)],
      [.steps(.goTo(.export))] + Array(repeating: .export(.nextFormat), count: 4),
      [.steps(.goTo(.export))] + Array(repeating: .export(.nextFormat), count: 4)
        + Array(repeating: .export(.pageDown), count: 3),
    ]
    for walk in walks {
      var a = Fixture.app(low)
      var b = Fixture.app(high)
      for action in walk {
        _ = update(&a, action)
        _ = update(&b, action)
      }
      expectSameScreens(a, b)
    }
  }

  @Test func aScorerSeesOnlyTheirOwnAnswers() {
    var (low, high) = twins()
    // Bo has not scored yet; Ana and Chen's scores differ between the twins.
    low.participants[1].scores = [:]
    high.participants[1].scores = [:]
    low.participants[1].finishedScoring = false
    high.participants[1].finishedScoring = false
    var a = Fixture.app(low, step: .scores)
    var b = Fixture.app(high, step: .scores)
    for action: Action in [.scores(.moveDown), .scores(.choose), .scores(.beginTurn)] {
      _ = update(&a, action)
      _ = update(&b, action)
    }
    expectSameScreens(a, b)
    for answer: ScoreAnswer in [.score(3), .dontKnow, .score(1), .notApplicable] {
      _ = update(&a, .scores(.answer(answer)))
      _ = update(&b, .scores(.answer(answer)))
      expectSameScreens(a, b)
    }
    _ = update(&a, .scores(.confirm))
    _ = update(&b, .scores(.confirm))
    expectSameScreens(a, b)
  }

  @Test func theScreenClearsWhenAScorerConfirms() {
    var state = Fixture.app(step: .scores)
    for action: Action in [.scores(.choose), .scores(.beginTurn)] { _ = update(&state, action) }
    for _ in 0..<4 { _ = update(&state, .scores(.answer(.score(5)))) }
    _ = update(&state, .scores(.confirm))
    let screen = render(state, width: 80, height: 24).lines.joined(separator: "\n")
    #expect(!screen.contains("Gatherings"))
    #expect(!screen.contains("5"))
  }

  @Test func theStepBarCountsPeopleWhoFinishedNotAnswers() {
    var session = Fixture.session()
    session.participants[0].scores = ["gatherings": .score(2)]
    let state = Fixture.app(session)
    #expect(render(state, width: 80, height: 24).lines[0].contains("Scores 0/3"))
  }

  @Test func afterTheRevealTheResultsDependOnTheScores() {
    var (low, high) = twins()
    low.scoresRevealed = true
    high.scoresRevealed = true
    let a = Fixture.app(low, step: .scores)
    let b = Fixture.app(high, step: .scores)
    #expect(render(a, width: 80, height: 24) != render(b, width: 80, height: 24))
  }
}
