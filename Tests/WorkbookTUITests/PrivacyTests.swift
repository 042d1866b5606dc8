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
        + Array(repeating: .export(.scroll(.unmeasured(.pageDown))), count: 3),
    ]
    for walk in walks {
      var a = Fixture.app(low)
      var b = Fixture.app(high)
      for action in walk {
        updateAsDrawn(&a, action)
        updateAsDrawn(&b, action)
      }
      expectSameScreens(a, b)
      // Based on last year's session, the screens show last year's figures, marks and plan
      // (the Overview opens on its review), and still nothing of this year's scores.
      var basedA = Fixture.app(Fixture.withLastYearsPlan(low))
      var basedB = Fixture.app(Fixture.withLastYearsPlan(high))
      for action in walk {
        updateAsDrawn(&basedA, action)
        updateAsDrawn(&basedB, action)
      }
      expectSameScreens(basedA, basedB)
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
    // The list starts on Bo, the first still to score.
    for action: Action in [.scores(.choose), .scores(.beginTurn)] {
      _ = update(&a, action)
      _ = update(&b, action)
    }
    #expect(a.workbook?.scores.phase == .scoring(participantID: "p2", item: 0))
    expectSameScreens(a, b)
    for answer: ScoreAnswer in [.score(3), .dontKnow, .score(1), .notApplicable] {
      for action: Action in [.scores(.answer(answer)), .scores(.takeChoice)] {
        _ = update(&a, action)
        _ = update(&b, action)
        expectSameScreens(a, b)
      }
    }
    _ = update(&a, .scores(.confirm))
    _ = update(&b, .scores(.confirm))
    expectSameScreens(a, b)
  }

  /// Someone who has scored, selected again before the reveal (after reopening the session the
  /// list starts on the first of them): whatever keys follow, nothing of their answers shows.
  /// Each key goes through the keymap, as a person presses it, and the screens are compared after
  /// every one.
  @Test func reenteringAFinishedTurnShowsNothingOfTheAnswers() {
    let (low, high) = twins()
    let enter = Key.enter
    let keySequences: [[Key]] = [
      // The steps the issue saw: Enter twice, then → four times.
      [enter, enter, .right, .right, .right, .right, enter, enter],
      // Starting again: the form is blank for both.
      [enter, .character("y"), enter, .down, .up, .right, .right, .right, .right, enter],
      [enter, .character("y"), enter, .character("4"), enter, .left, .up, .escape],
      // Keeping the answers, then other people and other ways in.
      [enter, .character("n"), .down, enter, .escape, .down, enter, .character("n")],
      [.character("j"), enter, .escape, .tab, .backTab, enter, enter, .right],
      // Undo and redo around a restart bring back the answers, never onto the screen.
      [enter, .character("y"), .character("u"), enter, enter, enter, .right, .right],
      [enter, .character("y"), .character("u"), .control("r"), enter, .right, .left, enter],
      [enter, .character("y"), enter, .character("u"), .control("z"), .escape, enter, enter],
      // The reveal asked for and refused, help, and the step keys.
      [.character("r"), .character("n"), enter, .function(1), .escape, .character("n")],
      [.character("3"), .character("2"), enter, enter, .character("6"), .character("2"), enter],
    ]
    for keys in keySequences {
      var a = Fixture.app(low, step: .scores)
      var b = Fixture.app(high, step: .scores)
      expectSameScreens(a, b)
      for key in keys {
        press(key, in: &a)
        press(key, in: &b)
        expectSameScreens(a, b)
      }
    }
  }

  @Test func theScreenClearsWhenAScorerConfirms() {
    var state = Fixture.app(step: .scores)
    for action: Action in [.scores(.choose), .scores(.beginTurn)] { _ = update(&state, action) }
    for _ in 0..<4 {
      _ = update(&state, .scores(.answer(.score(5))))
      _ = update(&state, .scores(.takeChoice))
    }
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
