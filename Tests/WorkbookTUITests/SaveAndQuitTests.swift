import Testing
import WorkbookCore
import WorkbookTUI
import WorkbookWorkflow

@Suite struct SaveAndQuitTests {
  /// The app in Ana's turn with one answer given, so one save is pending.
  private func changed() -> (AppState, [Effect]) {
    var state = Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores)
    _ = update(&state, .scores(.choose))
    let effects = update(&state, .scores(.answer(.score(3))))
    return (state, effects)
  }

  @Test func everyChangeAsksForASave() {
    let (state, effects) = changed()
    #expect(effects == [.saveSession(state.workbook!.session)])
    #expect(state.save == .saving)
    #expect(state.pendingSaves == 1)
  }

  @Test func savedShowsOnceEverySaveHasLanded() {
    var (state, _) = changed()
    _ = update(&state, .scores(.answer(.score(4))))
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:00Z")))
    #expect(state.save == .saving)
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:01Z")))
    #expect(state.save == .saved(at: "2026-11-25T19:00:01Z"))
    #expect(state.workbook?.session.updatedAt == "2026-11-25T19:00:01Z")
    #expect(render(state, width: 80, height: 24).lines[23].hasSuffix("Saved 19:00"))
  }

  @Test func saveTimesShowOnTheLocalClock() {
    var (state, _) = changed()
    state.utcOffsetSeconds = -5 * 3600
    _ = update(&state, .result(.saved(at: "2026-11-25T02:30:00Z")))
    #expect(render(state, width: 80, height: 24).lines[23].hasSuffix("Saved 21:30"))
  }

  @Test func aFailedSaveKeepsTheChangeAndTheNextChangeTriesAgain() {
    var (state, _) = changed()
    _ = update(&state, .result(.saveFailed("disk full")))
    #expect(state.save == .failed("disk full"))
    #expect(state.workbook?.session.participants[0].scores["gatherings"] == .score(3))
    let effects = update(&state, .scores(.answer(.score(5))))
    #expect(effects == [.saveSession(state.workbook!.session)])
  }

  /// The status line tells one truth: a message that came with the change ("Your scores are
  /// saved and hidden") gives way to the failure, and the failure to "Saved" once a save lands.
  @Test func theStatusLineNeverSaysSavedAndNotSavedAtOnce() {
    var state = Fixture.app(Fixture.session(names: ["Ana", "Bo"]), step: .scores)
    _ = update(&state, .scores(.choose))
    _ = update(&state, .scores(.beginTurn))
    for _ in Fixture.strategy.scoreItems {
      _ = update(&state, .scores(.answer(.score(3))))
      _ = update(&state, .result(.saved(at: "2026-11-25T18:59:00Z")))
      _ = update(&state, .scores(.takeChoice))
    }
    _ = update(&state, .scores(.confirm))
    #expect(state.message?.text.contains("saved") == true)
    _ = update(
      &state, .result(.saveFailed("No space left on device (could not write /tmp/s/.x.tmp)")))
    // The message is longer than the status line: it begins on the row above, never cut.
    let screen = render(state, width: 80, height: 24).lines
    var line = screen[23]
    let first = screen.lastIndex { $0.hasPrefix(" Not saved: No space left on device") } ?? 23
    #expect(first >= 20 && first < 23)
    #expect(line.hasSuffix(" Not saved"))
    let message = screen[first...].joined(separator: " ")
    #expect(!message.contains("Saved") && !message.contains("are saved"))

    _ = update(&state, .steps(.close))
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:00Z")))
    line = render(state, width: 80, height: 24).lines[23]
    #expect(line.hasSuffix("Saved 19:00"))
    #expect(!line.lowercased().contains("not saved"))
  }

  @Test func aTooSmallTerminalSaysWhetherAllIsSaved() {
    var (state, _) = changed()
    _ = update(&state, .result(.saveFailed("disk full")))
    #expect(
      render(state, width: 60, height: 20).lines.contains {
        $0.contains("The last change is not saved.")
      })
    _ = update(&state, .scores(.answer(.score(4))))
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:00Z")))
    #expect(
      render(state, width: 60, height: 20).lines.contains { $0.contains("Everything is saved.") })
  }

  @Test func quitAsksOnceWhenTheLastSaveFailed() {
    var (state, _) = changed()
    _ = update(&state, .result(.saveFailed("disk full")))
    #expect(update(&state, .quit) == [])
    #expect(state.message?.isError == true)
    #expect(update(&state, .quit) == [.quit])
  }

  @Test func closingAfterAFailedSaveStaysOpenAndTriesAgain() {
    var (state, _) = changed()
    _ = update(&state, .result(.saveFailed("disk full")))
    let unsaved = state.workbook!.session
    #expect(update(&state, .steps(.close)) == [.saveSession(unsaved)])
    #expect(state.workbook?.session == unsaved)
    #expect(state.message?.isError == true)
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:00Z")))
    #expect(update(&state, .steps(.close)) == [.loadSessionList])
    #expect(state.workbook == nil)
  }

  @Test func quitAndCtrlCLeaveAtOnceWhenAllIsSaved() {
    var (state, _) = changed()
    _ = update(&state, .result(.saved(at: "2026-11-25T19:00:00Z")))
    #expect(update(&state, .quit) == [.quit])
    #expect(update(&state, .interrupt) == [.quit])
  }

  @Test func ctrlCTriesALastSaveAfterAFailure() {
    var (state, _) = changed()
    _ = update(&state, .result(.saveFailed("disk full")))
    #expect(update(&state, .interrupt) == [.saveSession(state.workbook!.session), .quit])
  }

  @Test func undoAndRedoRestoreTheSessionAndSave() {
    var (state, _) = changed()
    let afterFirst = state.workbook!.session
    _ = update(&state, .scores(.answer(.score(5))))
    let afterSecond = state.workbook!.session
    #expect(update(&state, .undo) == [.saveSession(afterFirst)])
    #expect(state.workbook?.session == afterFirst)
    #expect(update(&state, .redo) == [.saveSession(afterSecond)])
    #expect(state.workbook?.session == afterSecond)
  }

  @Test func aNewChangeForgetsWhatWasUndone() {
    var (state, _) = changed()
    _ = update(&state, .undo)
    _ = update(&state, .scores(.answer(.score(1))))
    #expect(update(&state, .redo) == [])
    #expect(state.message == StatusMessage("Nothing to redo."))
  }
}
