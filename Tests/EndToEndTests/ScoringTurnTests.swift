import Foundation
import Testing
import WorkbookCore

/// Scoring turns driven by real keys in a real terminal (tmux): the habit "4 Enter 3 Enter …"
/// answers one item per number, a turn with gaps is confirmed only after a second Enter, and
/// before the reveal nothing of a finished person's answers shows again, whatever keys follow.
@Suite struct ScoringTurnTests {
  private static let items = [
    "score-gatherings", "score-communication", "score-needs", "score-overall",
  ]

  /// Ana's answers to the four items, in order, as the session file has them.
  private func anasAnswers(in window: WorkbookWindow) throws -> [ScoreAnswer?] {
    let session = try #require(try window.sessions().first)
    return Self.items.map { session.participants[0].scores[$0] }
  }

  @Test func fourEnterThreeEnterTwoEnterFiveEnterAnswersFourItems() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Habit", mode: .workshop, participants: ["Ana", "Bo"])
    try window.startScoring(session.id, title: "Habit")
    try tmux.waitFor("Hand the keyboard to Ana")
    try tmux.press("Enter")
    try tmux.waitFor("Ana  ·  item 1 of 4")
    // Typed as a habit, in one go, without looking at the screen.
    try tmux.press("4", "Enter", "3", "Enter", "2", "Enter", "5", "Enter")
    try tmux.waitFor("Ana, check your answers")
    // The check's own status line, drawn last: the whole frame has arrived.
    let check = try tmux.waitFor("Enter confirm")
    #expect(!check.contains("not answered"), "\(check)")
    #expect(!check.contains("Not answered"), "\(check)")
    try tmux.press("Enter")
    try tmux.waitFor("Thank you, Ana")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(try anasAnswers(in: window) == [4, 3, 2, 5].map(ScoreAnswer.score))
    #expect(try window.sessions().first?.participants[0].finishedScoring == true)
  }

  @Test func enterOnAnItemNotAnsweredStaysAndSaysHowToAnswer() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(title: "Enter", mode: .solo, participants: ["Ana"])
    try window.startScoring(session.id, title: "Enter")
    try tmux.waitFor("Ana  ·  item 1 of 4")
    try tmux.press("Enter")
    let screen = try tmux.waitFor("Choose 1–5, ? or n to answer; → skips it")
    #expect(screen.contains("Ana  ·  item 1 of 4"))
    // The status line still says how to pause and how to get help.
    #expect(screen.contains("Esc pause") && screen.contains("F1 help"))
    try tmux.press("Tab")
    try tmux.waitFor("Unused key: 1–5, ? or n answer; Enter next")
    try tmux.press("F1")
    try tmux.waitFor("Highlight another answer")
    try tmux.press("Escape")
    try tmux.waitFor("Ana  ·  item 1 of 4")
    try tmux.press("Down", "Down", "Enter")
    try tmux.waitFor("Ana  ·  item 2 of 4")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(try anasAnswers(in: window) == [.score(2), nil, nil, nil])
  }

  @Test func aTurnWithGapsIsConfirmedOnlyAfterASecondEnter() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Gaps", mode: .workshop, participants: ["Ana", "Bo"])
    try window.startScoring(session.id, title: "Gaps")
    try tmux.waitFor("Hand the keyboard to Ana")
    try tmux.press("Enter")
    try tmux.waitFor("Ana  ·  item 1 of 4")
    // Two items skipped on purpose with →.
    try tmux.press("4", "Enter", "Right", "Right", "2", "Enter")
    // The check's gaps line is read once it has arrived, not from a frame still being drawn.
    let check = try tmux.waitUntil("the check with its gaps") {
      $0.contains("Ana, check your answers") && $0.contains("Not answered:")
    }
    #expect(check.contains("Not answered: Communication online, Needs of online contributors."))
    try tmux.press("Enter")
    try tmux.waitFor("Enter  confirm anyway        ←  go back")
    #expect(try window.sessions().first?.participants[0].finishedScoring == false)
    // ← goes back to the first item not answered; the turn goes on.
    try tmux.press("Left")
    try tmux.waitFor("Ana  ·  item 2 of 4")
    try tmux.press("Right", "Right", "Right")
    try tmux.waitFor("Ana, check your answers")
    // The check is a question: each Enter is pressed on its own, after the screen has come.
    try tmux.press("Enter")
    try tmux.waitFor("2 items not answered.")
    try tmux.press("Enter")
    try tmux.waitFor("Thank you, Ana")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(try anasAnswers(in: window) == [.score(4), nil, nil, .score(2)])
    #expect(try window.sessions().first?.participants[0].finishedScoring == true)
  }

  /// Keys that once showed Ana's answers (Enter twice on her, then → four times), and more,
  /// pressed in two sessions that differ only in Ana's answers: every screen is the same. A key
  /// that answers a question is pressed on its own once the question shows, as a person does.
  @Test func reenteringAFinishedTurnBeforeTheRevealShowsNothingOfTheAnswers() throws {
    let twins = try TwinWindows(ana: [[5, 1, 4, 2], [1, 5, 2, 4]])
    try twins.launch()
    // Reopened, the list starts on Bo, the first still to score.
    try twins.step(["2"], until: "▸ Bo")
    try twins.step(["Up"], until: "▸ Ana")
    try twins.step(["Enter"], until: "Ana has already scored.")
    try twins.step(["n"], until: "1 of 2 have scored")
    try twins.step(["Enter"], until: "Ana has already scored.")
    try twins.step(["y"], until: "Hand the keyboard to Ana")
    // Undo on the privacy screen brings the answers back into the file, not onto the screen.
    try twins.step(["u"], until: "Undone: a score.")
    try twins.step(["Enter"], until: "Ana has already scored.")
    try twins.step(["y"], until: "Hand the keyboard to Ana")
    try twins.step(["Enter"], until: "Not answered yet")
    try twins.step(["Right", "Right", "Right", "Right"], until: "Ana, check your answers")
    try twins.step(["Escape"], until: "0 of 2 have scored")
    try twins.quit()
    for window in twins.windows {
      let ana = try #require(try window.sessions().first?.participants[0])
      #expect(ana.scores.isEmpty && !ana.finishedScoring)
    }
  }
}

/// Two workbooks side by side on two sessions alike but for Ana's answers (she has finished;
/// Bo has not), driven by the same keys; after each step their screens must be the same.
private final class TwinWindows {
  let windows: [WorkbookWindow]
  private let ids: [String]

  init(ana answers: [[Int]]) throws {
    var windows: [WorkbookWindow] = []
    var ids: [String] = []
    for scores in answers {
      let window = try WorkbookWindow()
      ids.append(
        try window.writeSession(
          title: "Twins", mode: .workshop, participants: ["Ana", "Bo"], scores: [scores]
        ).id)
      windows.append(window)
    }
    self.windows = windows
    self.ids = ids
  }

  func launch() throws {
    for (window, id) in zip(windows, ids) { try window.launch(["open", id]) }
    for window in windows { try window.tmux.waitFor("Twins") }
  }

  /// Presses `keys` in both, waits until `text` shows in both, and compares the screens.
  func step(_ keys: [String], until text: String) throws {
    for window in windows {
      for key in keys { try window.tmux.press(key) }
    }
    let screens = try windows.map { try Self.comparable($0.tmux.waitFor(text)) }
    #expect(screens[0] == screens[1], "after \(keys):\n\(screens[0])\n---\n\(screens[1])")
  }

  func quit() throws {
    for window in windows {
      try window.tmux.press("q")
      #expect(try window.exitStatus() == 0)
    }
  }

  /// The screen without the save state ("Saving…", "Saved", "Saved 20:13": the two may be a
  /// save or a minute apart), and with runs of spaces as one, since the save state's length
  /// moves the status line's padding. Any difference in what is written still shows.
  private static func comparable(_ screen: String) throws -> String {
    screen.replacing(try Regex(#"Sav(ed [0-9]{2}:[0-9]{2}|ed|ing…)"#), with: "")
      .split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.split(separator: " ").joined(separator: " ") }
      .joined(separator: "\n")
  }
}
