import Foundation
import Testing

/// Two terminals on one session, as a workshop with a second screen: one edits, the other follows
/// read-only (chosen from the start screen's offer, or `open --read-only`) and shows each save as
/// it lands, refusing any change of its own.
@Suite struct ReadOnlyFollowTests {
  @Test func aSecondTerminalFollowsTheEditorsSavesReadOnly() throws {
    let editor = try WorkbookWindow()
    let session = try editor.writeSession(
      title: "Two screens", mode: .workshop, participants: ["Ana", "Bo"])
    // The follower's own home, the same sessions folder.
    let follower = try WorkbookWindow(environment: [
      "WORKBOOK_SESSIONS_DIR": editor.sessionsFolder.path
    ])
    try editor.launch(["open", session.id])
    try editor.tmux.waitFor("Two screens")

    try follower.launch()
    try follower.tmux.waitFor("Your sessions")
    try follower.tmux.press("Enter")
    try follower.tmux.waitFor("“Two screens” is being edited")
    try follower.tmux.press("r")
    try follower.tmux.waitFor("Read-only: following")
    try follower.tmux.press("3")
    try follower.tmux.waitFor("Read-only")

    try editor.tmux.press("3")
    try editor.tmux.press("Enter")
    try editor.tmux.type("We meet contributors monthly")
    try editor.tmux.press("C-d")
    try editor.tmux.waitFor("Saved ")
    try follower.tmux.waitFor("We meet contributors monthly")

    // A change on the follower is refused and says why.
    try follower.tmux.press("Enter")
    try follower.tmux.waitFor("is editing this session")
    let before = try Data(
      contentsOf: editor.sessionsFolder.appendingPathComponent("\(session.id).json"))
    try follower.tmux.press("q")
    #expect(try follower.exitStatus() == 0)

    // Opened from the command line, it follows the next save too.
    try follower.tmux.shell("clear")
    try follower.launch(["open", session.id, "--read-only"])
    try follower.tmux.waitFor("Read-only: following")
    try follower.tmux.press("3")
    try editor.tmux.press("Enter", "End")
    try editor.tmux.type(", and online weekly")
    try editor.tmux.press("C-d")
    try follower.tmux.waitFor("and online weekly")
    let after = try Data(
      contentsOf: editor.sessionsFolder.appendingPathComponent("\(session.id).json"))
    #expect(before != after)

    try follower.tmux.press("q")
    #expect(try follower.exitStatus() == 0)
    try editor.tmux.press("q")
    #expect(try editor.exitStatus() == 0)
    let saved = try #require(try editor.sessions().first)
    #expect(
      saved.reflection.values.map(\.text) == ["We meet contributors monthly, and online weekly"])
  }
}
