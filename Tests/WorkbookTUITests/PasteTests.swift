import Testing
import WorkbookCore
import WorkbookTUI

/// A paste outside a text field runs nothing, on every screen: marked by the terminal (bracketed)
/// or not (a burst of keys that reads as text). Nothing changes but the status line, which says
/// why and where a paste would go.
@Suite struct PasteTests {
  /// A screen without a text field, how to reach it, and what the status line says to a paste.
  struct Screen: CustomTestStringConvertible, Sendable {
    var name: String
    var advice: String
    var reach: @Sendable () -> InputDriver
    var testDescription: String { name }
  }

  static let screens: [Screen] = [
    Screen(name: "start", advice: "Paste ignored here: n starts a new session.") {
      InputDriver(sessions: [Fixture.session()])
    },
    Screen(name: "deleting a session", advice: "Paste ignored: answer y or n.") {
      var driver = InputDriver(sessions: [Fixture.session()])
      driver.press(.character("d"))
      return driver
    },
    Screen(
      name: "a choice of the new-session form",
      advice: "Paste ignored here: Tab moves to a text field."
    ) {
      var driver = InputDriver(sessions: [])
      driver.press(.character("n"), .tab, .tab)
      return driver
    },
    Screen(name: "overview", advice: "Paste ignored here: f writes the notes.") {
      InputDriver(Fixture.app())
    },
    Screen(name: "scores list", advice: "Paste ignored: this screen takes keys, not text.") {
      var session = Fixture.scored(Fixture.session())
      session.participants[2].finishedScoring = false
      return InputDriver(Fixture.app(session, step: .scores))
    },
    Screen(name: "solo invitation", advice: "Paste ignored: this screen takes keys, not text.") {
      InputDriver(Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores))
    },
    Screen(name: "privacy screen", advice: "Paste ignored: this screen takes keys, not text.") {
      var driver = InputDriver(Fixture.app(step: .scores))
      driver.press(.enter)
      return driver
    },
    Screen(name: "scoring", advice: "Paste ignored: this screen takes keys, not text.") {
      var driver = InputDriver(Fixture.app(step: .scores))
      driver.press(.enter, .enter, .character("4"))
      return driver
    },
    Screen(name: "review", advice: "Paste ignored: this screen takes keys, not text.") {
      var driver = InputDriver(Fixture.app(step: .scores))
      driver.press(.enter, .enter)
      for score in "4321" { driver.press(.character(score), .enter) }
      return driver
    },
    Screen(name: "reveal confirmation", advice: "Paste ignored: answer y or n.") {
      var driver = InputDriver(Fixture.app(Fixture.scored(Fixture.session()), step: .scores))
      driver.press(.character("r"))
      return driver
    },
    Screen(name: "results", advice: "Paste ignored: this screen takes keys, not text.") {
      InputDriver(Fixture.app(ReflectionFixture.revealed(), step: .scores))
    },
    Screen(name: "reflection", advice: "Paste ignored here: Enter writes the answer.") {
      PasteTests.reflectionWithTwoAnswers()
    },
    Screen(name: "recommendations", advice: "Paste ignored here: Enter writes a note.") {
      InputDriver(RecommendationsFixture.app(RecommendationsFixture.reviewed()))
    },
    Screen(name: "plan", advice: "Paste ignored here: Enter writes in the cell.") {
      InputDriver(PlanFixture.app(PlanFixture.planned()))
    },
    Screen(name: "empty plan", advice: "Paste ignored here: a adds a row to write in.") {
      InputDriver(PlanFixture.app())
    },
    Screen(name: "export", advice: "Paste ignored here: f changes the file name.") {
      InputDriver(ExportFixture.app())
    },
    Screen(name: "replacing an export", advice: "Paste ignored: answer y or n.") {
      var driver = InputDriver(ExportFixture.app())
      driver.press(.character("w"))
      driver.press(.character("w"))
      return driver
    },
    Screen(name: "help", advice: "Paste ignored: Esc closes the help.") {
      var driver = InputDriver(Fixture.app())
      driver.press(.character("?"))
      return driver
    },
    Screen(name: "terminal too small", advice: "Paste ignored: this screen takes keys, not text.") {
      var driver = InputDriver(Fixture.app())
      driver.send(.resize(width: 60, height: 20))
      return driver
    },
  ]

  /// The Reflection step after the team wrote two answers in this sitting, so undo has something
  /// to take back.
  static func reflectionWithTwoAnswers() -> InputDriver {
    var driver = InputDriver(ReflectionFixture.app())
    driver.press(.enter)
    driver.type("A strength")
    driver.press(.control("d"), .down, .enter)
    driver.type("We split on gatherings")
    driver.press(.control("d"))
    return driver
  }

  /// Pasted text that would act as keys somewhere: delete and confirm, undo, reveal and confirm,
  /// quit, go to a step and score, mark a recommendation, delete a plan row.
  static let pastes = [
    "dy", "Busy, unusual turnout", "Try yes", "q", "y\n", "uuu", "2\n\n5555\n\nry",
    "at nx +", "dd yes",
  ]

  /// Pasted text as a terminal without bracketed paste sends it: keys in one burst.
  static let textBursts = [
    "Busy, unusual turnout", "Try yes", "at nx +", "dd yes", "Quit? yes\nyes", "jjjj yes",
  ]

  @Test(arguments: screens)
  func aBracketedPasteChangesNothingButTheStatusLine(screen: Screen) {
    for attack in Self.pastes {
      var driver = screen.reach()
      driver.forgetEffects()
      let before = driver.state
      driver.paste(attack)
      expectOnlyTheStatusLineChanged(before, driver, advice: screen.advice, attack)
    }
  }

  @Test(arguments: screens)
  func aBurstThatReadsAsTextChangesNothingButTheStatusLine(screen: Screen) {
    for attack in Self.textBursts {
      var driver = screen.reach()
      driver.forgetEffects()
      let before = driver.state
      driver.burst(typing: attack)
      // On a question, the burst is refused as keys that came together.
      let advice =
        Keymap.asksQuestion(in: before)
        ? "Not taken: keys came together; answer with one key." : screen.advice
      expectOnlyTheStatusLineChanged(before, driver, advice: advice, attack)
    }
  }

  private func expectOnlyTheStatusLineChanged(
    _ before: AppState, _ driver: InputDriver, advice: String, _ attack: String
  ) {
    var unchanged = before
    unchanged.message = driver.state.message
    unchanged.quitWarned = driver.state.quitWarned
    #expect(driver.state == unchanged, "\(attack.debugDescription) changed the state")
    #expect(driver.effects.isEmpty, "\(attack.debugDescription) asked for \(driver.effects)")
    #expect(driver.state.message == StatusMessage(advice, isError: true), "\(attack)")
  }

  @Test func dyOnTheStartScreenDeletesNothing() {
    var pasted = InputDriver(sessions: [Fixture.session()])
    pasted.paste("dy")
    #expect(pasted.state.start.pendingDeletion == nil)
    // Unmarked, "dy" is two keys: d asks, and the y that came with it does not answer.
    var burst = InputDriver(sessions: [Fixture.session()])
    burst.burst(typing: "dy")
    #expect(burst.state.start.pendingDeletion?.id == "s1")
    #expect(!burst.deletedASession)
    #expect(burst.state.message?.text == "Not taken: keys came together; answer with one key.")
    // A y of its own deletes: the question works as before.
    burst.press(.character("y"))
    #expect(burst.deletedASession)
    #expect(burst.saved["s1"] == nil)
  }

  @Test func aPasteOnReflectionUndoesNoAnswer() {
    for send in [
      { (driver: inout InputDriver) in driver.paste("Busy, unusual turnout") },
      { (driver: inout InputDriver) in driver.burst(typing: "Busy, unusual turnout") },
      // Keys that would each undo, two at a time.
      { (driver: inout InputDriver) in driver.burst(.character("u"), .character("u")) },
      { (driver: inout InputDriver) in driver.burst(.down, .control("z")) },
    ] {
      var driver = Self.reflectionWithTwoAnswers()
      send(&driver)
      #expect(driver.savedSession?.reflection["strength-or-challenge"]?.text == "A strength")
      #expect(
        driver.savedSession?.reflection["variance-or-consensus"]?.text
          == "We split on gatherings")
      #expect(driver.state.message?.isError == true)
    }
    var driver = Self.reflectionWithTwoAnswers()
    driver.burst(.character("u"), .character("u"))
    #expect(driver.state.message?.text == "Not taken: u came with other keys; press it alone.")
    // u on its own undoes, as before.
    driver.press(.character("u"))
    #expect(driver.savedSession?.reflection["variance-or-consensus"] == nil)
  }

  @Test func aPasteOnScoresRevealsNothing() {
    let session = Fixture.scored(Fixture.session())
    for send in [
      { (driver: inout InputDriver) in driver.paste("Try yes") },
      { (driver: inout InputDriver) in driver.burst(typing: "Try yes") },
      { (driver: inout InputDriver) in driver.burst(typing: "ry") },
      { (driver: inout InputDriver) in driver.burst(typing: "r\ny") },
    ] {
      var driver = InputDriver(Fixture.app(session, step: .scores))
      send(&driver)
      #expect(driver.savedSession?.scoresRevealed == false)
      #expect(driver.state.workbook?.session.scoresRevealed == false)
      #expect(driver.effects.isEmpty)
    }
    var driver = InputDriver(Fixture.app(session, step: .scores))
    driver.burst(typing: "ry")
    #expect(driver.state.workbook?.scores.phase == .confirmingReveal)
    driver.press(.character("y"))
    #expect(driver.savedSession?.scoresRevealed == true)
  }

  @Test func aBurstNeverPassesTheKeyboardOrConfirmsATurn() {
    // Enter starts Ana's turn only from a key of its own: the privacy screen is a question.
    var driver = InputDriver(Fixture.app(step: .scores))
    driver.burst(.enter, .enter, .character("3"))
    #expect(driver.state.workbook?.scores.phase == .privacy(participantID: "p1"))
    #expect(driver.effects.isEmpty)
    // Nor is a turn confirmed by the keys that reached the review.
    driver.press(.enter)
    for score in "432" { driver.press(.character(score), .enter) }
    driver.burst(.character("1"), .enter, .enter)
    #expect(driver.state.workbook?.scores.phase == .review(participantID: "p1"))
    #expect(driver.savedSession?.participants[0].finishedScoring == false)
    // In solo mode the confirmation also reveals.
    var solo = InputDriver(
      Fixture.app(Fixture.session(mode: .solo, names: ["Ana"]), step: .scores))
    solo.press(.enter)
    for score in "432" { solo.press(.character(score), .enter) }
    solo.burst(.character("1"), .enter, .enter)
    #expect(solo.savedSession?.scoresRevealed == false)
  }

  @Test func aBurstDeletesNoPlanRow() {
    var driver = InputDriver(PlanFixture.app(PlanFixture.planned()))
    driver.burst(.character("]"), .character("d"))
    driver.burst(.delete, .delete)
    #expect(driver.savedSession?.plan.count == 2)
    #expect(driver.state.message?.text == "Not taken: Delete came with other keys; press it alone.")
    driver.press(.character("d"))
    #expect(driver.savedSession?.plan.map(\.id) == ["row-1"])
  }

  @Test func aBurstReplacesNoFile() {
    var driver = InputDriver(ExportFixture.app())
    let path = ExportFixture.folder + "/Spring-workshop.md"
    driver.fileExists(path)
    driver.burst(.character("w"), .character("y"))
    #expect(driver.state.workbook?.export.pendingOverwrite == path)
    #expect(
      !driver.asked {
        if case .writeExport(let request) = $0 { request.overwrite } else { false }
      })
  }

  @Test func aBurstDiscardsNoText() {
    var driver = InputDriver(ReflectionFixture.app())
    driver.press(.enter)
    driver.type("Not to lose")
    driver.burst(.escape, .escape)
    #expect(driver.state.workbook?.reflection.editor?.text == "Not to lose")
    #expect(driver.state.workbook?.reflection.editor?.isConfirmingDiscard == true)
  }

  @Test func aBurstNeverQuits() {
    for keys: [Key] in [
      [.character("j"), .character("q")], [.character("q"), .character("q")],
      [.control("c"), .control("c")], [.enter, .control("c")],
    ] {
      var driver = InputDriver(Fixture.app())
      driver.send(.burst(keys))
      #expect(!driver.quit, "\(keys)")
    }
    var driver = InputDriver(Fixture.app())
    driver.paste("q")
    #expect(!driver.quit)
    driver.press(.character("q"))
    #expect(driver.quit)
  }

  @Test func aBurstRemovesNoParticipantFromTheForm() {
    var driver = InputDriver(sessions: [])
    driver.press(.character("n"))
    for _ in 0..<5 { driver.press(.tab) }
    driver.type("Ana")
    driver.press(.enter)
    driver.type("Bo")
    driver.burst(.character("x"), .control("x"))
    #expect(driver.state.newSession?.participants.map(\.text) == ["Ana", "Box"])
    #expect(driver.state.message?.text == "Not taken: Ctrl-X came with other keys; press it alone.")
    driver.press(.control("x"))
    #expect(driver.state.newSession?.participants.map(\.text) == ["Ana"])
  }
}
