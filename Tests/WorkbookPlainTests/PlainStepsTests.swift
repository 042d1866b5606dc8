import Testing
import WorkbookCore
import WorkbookWorkflow

@testable import WorkbookPlain

/// The plain mode's other steps, each line's exact change to the session and the effects asked
/// for.
@Suite struct PlainStepsTests {
  @Test func theStartListsTheSessionsByNumberAndOpensTheOneChosen() {
    var state = PlainState(strategies: [PlainFixture.strategy], currentFolder: "/work")
    _ = state.receive(
      .result(
        .sessionsLoaded([
          SessionListEntry(
            id: "s1", title: "Spring", organization: "WMNO", updatedAt: "2026-11-25T18:00:00Z",
            progress: 0.5)
        ])))
    #expect(state.prompt == .start)
    #expect(state.shownText.contains("  2. Open “Spring”, WMNO (50% done"))
    #expect(state.type("2") == [.openSession(id: "s1")])
    #expect(state.prompt == .waiting)
  }

  @Test func aNewWorkshopAsksOneQuestionAPromptAndCreatesTheSession() {
    var state = PlainState(strategies: [PlainFixture.strategy], currentFolder: "/work")
    _ = state.receive(.result(.sessionsLoaded([])))
    state.type("1", " Spring workshop ", "WMNO", "1")
    #expect(state.prompt == .text(.participantNames))
    state.type("Ana", "", " Bo ", ".")
    #expect(state.prompt == .newSession(.anonymous))
    let effects = state.type("2")
    #expect(
      effects == [
        .createSession(
          NewSessionRequest(
            title: "Spring workshop", organization: "WMNO", mode: .workshop,
            participantNames: ["Ana", "Bo"], anonymous: true, strategyID: "online-contributors"))
      ])
  }

  @Test func twoPeopleOfOneNameAreRefusedAndTheNamesAskedAgain() {
    var state = PlainState(strategies: [PlainFixture.strategy], currentFolder: "/work")
    _ = state.receive(.result(.sessionsLoaded([])))
    state.type("1", "Spring", "", "1", "Ana", "ana", ".")
    let effects = state.type("1")
    #expect(effects == [])
    #expect(state.shownText.contains("Two participants are called “ana”"))
    #expect(state.prompt == .text(.participantNames))
  }

  @Test func revealingAsksFirstThenShowsTheResultsAsSentencesAndATable() {
    var session = PlainFixture.session()
    session.participants[0].scores = ["gatherings": .score(2), "communication": .score(4)]
    session.participants[1].scores = ["gatherings": .score(4), "communication": .score(5)]
    for index in 0..<2 { session.participants[index].finishedScoring = true }
    var state = PlainFixture.opened(session)
    state.type("2")
    #expect(state.shownText.contains("  4. Reveal the scores to everyone"))
    state.type("4")
    #expect(state.prompt == .confirmReveal)
    #expect(state.shownText.contains("2 of 3 have scored"))
    let effects = state.type("1")
    session.scoresRevealed = true
    #expect(effects == [.saveSession(session)])
    let text = state.shownText
    #expect(
      text.contains(
        "Item 1 of 2, Gatherings: 2 scored (1 gave 2, 1 gave 4); 1 not answered; mean 3.0, "
          + "median 3, spread 2; low band; variance: the team split, worth discussing; lowest "
          + "from Ana, highest from Bo."))
    #expect(text.contains("\nItem 1  2  3  4  5  Mean  Median Spread Band Agreement  Title\n"))
    #expect(text.contains("\n1    0  1  0  1  0  3.0   3      2      Low  Variance   Gatherings\n"))
  }

  @Test func aReflectionAnswerIsTheLinesTypedUpToTheFullStop() {
    var state = PlainFixture.opened()
    state.type("3", "1")
    #expect(state.prompt == .text(.reflectionAnswer(questionID: "strength")))
    #expect(state.shownText.contains("End it with a line holding only a full stop (.)"))
    #expect(state.type("A strength,") == [])
    state.type("  mostly.")
    let effects = state.type(".")
    var expected = PlainFixture.session()
    expected.reflection["strength"] = ReflectionAnswer(text: "A strength,\n  mostly.")
    #expect(effects == [.saveSession(expected)])
    #expect(state.prompt == .reflection(question: 0))
  }

  @Test func aTildeLeavesTheTextAsItWas() {
    var state = PlainFixture.opened()
    state.type("3", "1", "Something", "~")
    #expect(state.session == PlainFixture.session())
    #expect(state.prompt == .reflection(question: 0))
  }

  @Test func aQuickAnswerIsChosenByNumber() {
    var state = PlainFixture.opened()
    let effects = state.type("3", "2", "2")
    var expected = PlainFixture.session()
    expected.reflection["strength"] = ReflectionAnswer(choice: "challenge")
    #expect(effects == [.saveSession(expected)])
    #expect(state.shownText.contains("Quick answer: A challenge."))
  }

  @Test func aMarkANoteAndAPlanRowFromARecommendation() {
    var state = PlainFixture.opened()
    state.type("4")
    #expect(state.shownText.contains("  1. [Not reviewed] Hold meetups."))
    state.type("1", "2")
    #expect(state.session?.review(of: "meetups").status == .tryNext)
    state.type("1", "5", "Ask Bo.", ".")
    #expect(state.session?.review(of: "meetups").note == "Ask Bo.")
    state.type("7")
    #expect(
      state.session?.plan == [
        PlanRow(id: "row-1", cells: ["goal": "Hold meetups."], recommendationID: "meetups")
      ])
    state.type("7")
    #expect(state.shownText.contains("Already in the plan as row 1; nothing added."))
    #expect(state.session?.plan.count == 1)
  }

  @Test func aPlanRowIsAddedAndWrittenCellByCell() {
    var state = PlainFixture.opened()
    state.type("5", "1")
    #expect(state.prompt == .planColumn(row: 0))
    state.type("2", "Ana and Bo", ".")
    #expect(state.session?.plan == [PlanRow(id: "row-1", cells: ["who": "Ana and Bo"])])
    #expect(state.prompt == .planColumn(row: 0))
    state.type("3", "1", "1", "Goal two", ".", "3")
    #expect(state.session?.plan.map(\.id) == ["row-1", "row-2"])
    state.type("4", "2")
    #expect(state.session?.plan.map(\.id) == ["row-2", "row-1"])
    #expect(state.shownText.contains("Row 2 is now row 1."))
    state.type("3", "1")
    #expect(state.session?.plan == [PlanRow(id: "row-1", cells: ["who": "Ana and Bo"])])
  }

  @Test func anExportIsWrittenWithTheDefaultNameAndReplacedOnlyWhenAsked() throws {
    var state = PlainFixture.opened()
    let effects = state.type("6", "1", "")
    let text = try ExportChoice.markdown.text(
      of: PlainFixture.session(), strategy: PlainFixture.strategy, messages: .english)
    let request = ExportRequest(
      text: text, path: "/work/Spring-workshop.md", overwrite: false, sessionID: "s1")
    #expect(effects == [.writeExport(request)])
    _ = state.receive(.result(.exportFileExists(path: request.path)))
    #expect(state.prompt == .exportOverwrite(.markdown, path: request.path))
    var replacing = request
    replacing.overwrite = true
    #expect(state.type("1") == [.writeExport(replacing)])
    _ = state.receive(.result(.exportWritten(path: request.path)))
    #expect(state.shownText.contains("Written to /work/Spring-workshop.md."))
    #expect(state.prompt == .export)
  }

  @Test func theEndOfInputKeepsATextTypedSoFarAndLeaves() {
    var state = PlainFixture.opened()
    state.type("3", "1", "Half an answer")
    let effects = state.receive(.endOfInput)
    var expected = PlainFixture.session()
    expected.reflection["strength"] = ReflectionAnswer(text: "Half an answer")
    #expect(effects == [.saveSession(expected), .quit])
    #expect(state.isFinished)
  }

  @Test func textFromFilesAndPeopleIsShownEscaped() {
    var session = PlainFixture.session(names: ["Ana\u{1B}]0;owned\u{07}", "Bo"])
    session.title = "Evil\u{1B}[2J"
    var state = PlainFixture.opened(session)
    #expect(state.shownText.contains("Opened “Evil\\u{1B}[2J”"))
    state.type("2")
    #expect(state.shownText.contains("Ana\\u{1B}]0;owned\\u{07}'s turn"))
    #expect(!state.shownText.unicodeScalars.contains { $0.value == 0x1B })
  }
}

@Suite struct PlainSaveFailureTests {
  @Test func aFailedSaveIsSaidAndTriedOnceMoreBeforeLeaving() {
    var state = PlainFixture.opened()
    let effects = state.type("3", "2", "1")
    #expect(effects.count == 1)
    _ = state.receive(.result(.saveFailed("No space left on device")))
    #expect(state.shownText.contains("Not saved: No space left on device."))
    state.type("4")
    #expect(state.shownText.contains("(The last change is not saved: No space left on device.)"))
    let leaving = state.receive(.endOfInput)
    #expect(leaving == [.saveSession(state.session!), .quit])
    #expect(state.session?.reflection["strength"]?.choice == "strength")
  }
}

@Suite struct PlainHostileTextTests {
  /// Every prompt of every step, over a session whose every text holds controls: nothing a
  /// terminal would obey is ever shown.
  @Test func noPromptShowsAControlCharacterFromASessionOrAPerson() {
    let hostile = "\u{1B}]0;owned\u{07}\u{202E}x\u{9B}2J"
    var session = PlainFixture.session(names: ["Ana" + hostile, "Bo"])
    session.title += hostile
    session.organization = hostile
    session.participants[0].scores = ["gatherings": .score(1)]
    session.participants[1].scores = ["gatherings": .score(5)]
    session.reflection["strength"] = ReflectionAnswer(text: "line\(hostile)\nnext")
    session.reviews["meetups"] = RecommendationReview(status: .tryNext, note: hostile)
    session.plan = [PlanRow(id: "row-1", cells: ["goal": hostile], recommendationID: "meetups")]
    var state = PlainFixture.opened(session)
    var shown = state.shownText
    // The overview; reveal; a reflection answer begun and left; a note; a plan cell; an export
    // to a file named with controls.
    let walk = [
      "1", "2", "2", "3", "1", "2", "3", "1", hostile, "~", "3", "3", "4", "1", "5", hostile, ".",
      "8",
      "3", "5", "2", "1", "1", hostile, ".", "3", "5", "6", "1", hostile,
    ]
    for line in walk {
      state.type(line)
      shown += state.shownText
    }
    #expect(state.prompt == .exportFileName(.markdown))
    #expect(shown.contains("Results:") && shown.contains("Plan, row 1 of 1, Goal:"))
    let unsafe = shown.unicodeScalars.filter { $0 != "\n" && TerminalText.isUnsafe($0) }
    #expect(unsafe.isEmpty, "shown: \(unsafe.map(\.value))")
  }
}

@Suite struct PlainOverviewTests {
  @Test func theFacilitatorNotesAreWrittenFromTheOverview() {
    var state = PlainFixture.opened()
    state.type("1")
    #expect(state.prompt == .overview)
    #expect(state.shownText.contains("Workshop of 3: Ana, Bo, Chen."))
    state.type("1", "Start at ten.", "Coffee first.")
    let effects = state.type(".")
    var expected = PlainFixture.session()
    expected.facilitatorNotes = "Start at ten.\nCoffee first."
    #expect(effects == [.saveSession(expected)])
    #expect(state.prompt == .overview)
    #expect(state.shownText.contains("    Start at ten.\n    Coffee first."))
  }
}
