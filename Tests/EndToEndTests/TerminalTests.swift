import Foundation
import Testing

/// The workbook in a real terminal: colours where it has them, attributes alone under NO_COLOR;
/// typed and pasted text (accents, combining marks, CJK, emoji, line breaks) shown and stored as
/// typed; named keys; the terminal's own size.
@Suite struct TerminalTests {
  /// The revealed results of a team that split on the third item.
  private func results(environment: [String: String?]) throws -> String {
    let window = try WorkbookWindow(environment: environment)
    let session = try window.writeSession(
      title: "Colours", mode: .workshop, participants: ["Ana", "Bo"],
      scores: [[4, 4, 1, 4], [4, 4, 5, 4]], revealed: true)
    try window.launch(["open", session.id])
    try window.tmux.waitFor("Colours")
    try window.tmux.press("2")
    try window.tmux.waitFor("discuss")
    let screen = try window.tmux.styledScreen()
    try window.tmux.press("q")
    _ = try window.exitStatus()
    return screen
  }

  /// The line holding `text`, with its escape sequences.
  private func line(_ text: String, in screen: String) -> String {
    screen.split(separator: "\n").first { $0.contains(text) }.map(String.init) ?? ""
  }

  @Test func itemsToDiscussAreColouredWhenColourIsOn() throws {
    // At 80 columns the item to discuss is marked by its "Variance" in the warning style.
    let discuss = line("Variance", in: try results(environment: ["NO_COLOR": nil]))
    // SGR 33: a yellow foreground.
    #expect(discuss.contains("\u{1B}[33m") || discuss.contains(";33m"))
  }

  @Test func noColorLeavesOnlyAttributes() throws {
    let screen = try results(environment: ["NO_COLOR": "1"])
    // No foreground colour anywhere (SGR 30–37, 90–97 or 38;…), only the default (39).
    let colourCodes = try Regex(#"\x1B\[(?:[0-9;]*;)?(?:3[0-8]|9[0-7])(?:;[0-9;]*)?m"#)
    #expect(screen.firstMatch(of: colourCodes) == nil)
    // The item to discuss still stands out: bold and underlined.
    let discussStyle = try Regex(#"\x1B\[([0-9;]*)mVariance"#)
    let match = try #require(line("Variance", in: screen).firstMatch(of: discussStyle))
    let parameters = (match.output[1].substring ?? "").split(separator: ";")
    #expect(parameters.contains("1") && parameters.contains("4"))
  }

  @Test func typedAccentsCJKAndEmojiAreShownAndSavedAsTyped() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try window.openNewSessionForm()
    // "José" with a combining acute, as some keyboards send it; CJK; an emoji with a skin tone.
    let title = "Jose\u{301} 陈 👋🏽"
    try tmux.type(title)
    let form = try tmux.waitFor("陈")
    // The skin tone stays in the text, but a terminal cell (ncurses' cchar_t) holds only one
    // spacing character: the hand shows without it.
    #expect(form.contains("José 陈 👋"))
    try tmux.press("Tab", "Tab", "Right")
    try tmux.waitFor("Solo")
    try tmux.press("Tab", "Tab", "Tab")
    try tmux.type("Zoë")
    try tmux.press("Tab", "Enter")
    try tmux.waitFor("Overview")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    let session = try #require(try window.sessions().first)
    #expect(session.title == title)
    #expect(session.participants.map(\.name) == ["Zoë"])
  }

  /// The first frame is written in one go, not by ncurses: it shows what ncurses' own drawing
  /// of it shows (the same frame drawn whole again after a resize), colours and cursor included,
  /// and a screen ncurses draws over it, by its changes alone, shows what it shows drawn over
  /// ncurses' own. The Linux console has no alternate screen: the shell's lines are cleared.
  @Test(arguments: [(false, "tmux-256color"), (true, "tmux-256color"), (false, "linux")])
  func theFirstFrameShowsWhatNcursesOwnDrawingShows(colour: Bool, terminal: String) throws {
    let window = try WorkbookWindow(
      environment: ["NO_COLOR": colour ? nil : "1", "TERM": terminal])
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Ünïcode 日本語 ❤️ e\u{301} 👋🏽", mode: .workshop, participants: ["Zoë", "陈"],
      scores: [[4, 4, 1, 4]])
    try window.launch(["open", session.id])
    // The status line's end: the frame's last text.
    try tmux.waitFor("Saved")
    let first = try shownWithCursor(tmux)
    try tmux.type("?")
    try tmux.waitUntil("the help") { !$0.contains("Participant") && $0.contains("Saved") }
    let helpOverFirst = try shownWithCursor(tmux)
    try tmux.press("Escape")
    try tmux.waitFor("Zoë")
    try tmux.resize(width: 60, height: 20)
    try tmux.waitFor("Make the terminal at least 80×24")
    try tmux.resize(width: 80, height: 24)
    try tmux.waitFor("Saved")
    #expect(try shownWithCursor(tmux) == first)
    try tmux.type("?")
    try tmux.waitUntil("the help") { !$0.contains("Participant") && $0.contains("Saved") }
    #expect(try shownWithCursor(tmux) == helpOverFirst)
    try tmux.press("Escape")
    try tmux.waitFor("Zoë")
    try tmux.press("q")
    // Without an alternate screen the status is printed beside the frame's last line.
    try tmux.waitFor("workbook exited with 0")
  }

  /// The window's text with its styles, and where the cursor is and whether it shows.
  private func shownWithCursor(_ tmux: Tmux) throws -> String {
    try tmux.styledScreen() + (try tmux.display("#{cursor_x} #{cursor_y} #{cursor_flag}"))
  }

  @Test func aPastedLineBreakIsTextNotEnter() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try window.openNewSessionForm()
    try tmux.paste("Team\nworkshop")
    // The title takes it all (a title is one line, so the break becomes a space); Enter would
    // have moved on to the organization.
    let form = try tmux.waitFor("Team workshop")
    #expect(form.contains("▸ Title"))
    try tmux.press("C-c")
    #expect(try window.exitStatus() == 0)
  }

  @Test func theWindowsSizeWinsOverStaleLinesAndColumns() throws {
    // Shells can export the size they saw once; the terminal's own size is the truth.
    let window = try WorkbookWindow(environment: ["COLUMNS": "60", "LINES": "20"])
    let screen = try window.launchWithNoSessions()
    #expect(!screen.contains("Make the terminal at least"))
    try window.tmux.press("q")
    #expect(try window.exitStatus() == 0)
  }

  @Test func namedKeysArriveFromTheTerminal() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    try window.openNewSessionForm()
    try tmux.type("bc")
    try tmux.press("Home")
    try tmux.type("a")
    try tmux.press("End")
    try tmux.type("d")
    try tmux.press("Left", "BSpace")
    try tmux.waitFor("abd")
    try tmux.press("Tab")
    try tmux.waitFor("▸ Organization")
    try tmux.press("BTab")
    try tmux.waitFor("▸ Title")
    try tmux.press("Escape")
    try tmux.waitFor("Your sessions")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
  }
}
