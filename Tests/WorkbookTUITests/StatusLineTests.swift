import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

/// The status line keeps the way to help on every screen, and in a scoring turn the way to pause,
/// at 80 columns, whatever else it has to show.
@Suite struct StatusLineTests {
  private func statusLine(_ state: AppState) -> String {
    render(state, width: 80, height: 24).lines[23]
  }

  /// Ana's turn after `keys`, with a step timer running and the last save failed: the most a
  /// turn's status line has to hold.
  private func crowdedTurn(_ keys: [Key]) -> AppState {
    var state = Fixture.app(step: .scores)
    _ = update(&state, .timer(.cycle))
    _ = update(&state, .tick(seconds: 1))
    press(.enter, .enter, in: &state)
    for key in keys { press(key, in: &state) }
    _ = update(
      &state, .result(.saveFailed("No space left on device (could not write the session)")))
    return state
  }

  @Test func aTurnAlwaysShowsHowToPauseAndHowToGetHelp() {
    let turns: [[Key]] = [
      [], [.enter], [.character("7")], [.right], [.character("4"), .up],
      [.right, .right, .right, .right], [.right, .right, .right, .right, .enter],
      [.right, .right, .right, .right, .character("x")],
    ]
    for keys in turns {
      var plain = Fixture.app(step: .scores)
      press(.enter, .enter, in: &plain)
      for key in keys { press(key, in: &plain) }
      let crowded = crowdedTurn(keys)
      for line in [statusLine(plain), statusLine(crowded)] {
        #expect(line.contains("Esc pause") && line.contains("F1 help"), "\(keys): \(line)")
      }
      #expect(statusLine(crowded).contains("Scores: 05:00 left"), "\(statusLine(crowded))")
      #expect(statusLine(crowded).contains("Not saved"), "\(statusLine(crowded))")
    }
  }

  @Test func aMessageInATurnIsCutBeforeTheHintsAreDropped() {
    var state = Fixture.app(step: .scores)
    press(.enter, .enter, .enter, in: &state)
    #expect(
      statusLine(state).hasPrefix(" Choose 1–5, ? or n to answer; → skips it   Esc pause   F1 help")
    )
  }

  @Test func everyScreenOffersHelpOnF1() {
    var start = AppState(strategies: [Fixture.strategy])
    _ = update(&start, .result(.sessionsLoaded(Fixture.entries)))
    var form = start
    _ = update(&form, .start(.new))
    var states = [start, form]
    for step in Step.allCases {
      states.append(Fixture.app(Fixture.scored(Fixture.session()), step: step))
    }
    var writing = Fixture.app(step: .reflection)
    press(.enter, in: &writing)
    states.append(writing)
    for state in states {
      #expect(statusLine(state).contains("F1 help"), "\(statusLine(state))")
      #expect(Keymap.action(for: .function(1), in: state) == .toggleHelp)
    }
  }
}
