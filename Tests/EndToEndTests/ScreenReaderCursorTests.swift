import Testing

/// The terminal cursor, which screen readers and braille displays follow, stands on the selected
/// row in a real terminal, and at the text cursor while text is written.
@Suite struct ScreenReaderCursorTests {
  @Test func theCursorFollowsTheSelectionAndTheTextCursor() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    _ = try window.writeSession(title: "Alpha", mode: .solo, participants: ["Ana"])
    _ = try window.writeSession(title: "Beta", mode: .solo, participants: ["Bo"])
    try window.launch()
    try tmux.waitFor("Beta")
    var selected = ""
    let first = try tmux.waitForCursor("on the selected session") { _, after in
      selected = after.contains("Alpha") ? "Alpha" : "Beta"
      return after.hasPrefix("▸")
    }
    try tmux.press("Down")
    let other = selected == "Alpha" ? "Beta" : "Alpha"
    let second = try tmux.waitForCursor("on the next session") { _, after in
      after.hasPrefix("▸") && after.contains(other)
    }
    #expect(second == first + 1)
    try tmux.press("n")
    try tmux.waitFor("Start a new session")
    try tmux.type("Spring")
    // In a text field the cursor stands just after what was typed.
    try tmux.waitForCursor("after the typed title") { before, _ in before.hasSuffix("Spring") }
    try tmux.press("Escape")
    try tmux.waitFor("Beta")
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
  }
}
