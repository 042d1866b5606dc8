import Foundation
import Testing

/// Pastes that once ran as commands, in a real terminal: marked by the terminal (bracketed
/// paste), pasted by a terminal without bracketed paste, and typed in one go. The session file
/// stays byte for byte as it was, and the status line says why nothing happened.
@Suite struct PasteAttackTests {
  /// The three ways text arrives in one go.
  enum Arrival: CaseIterable {
    case bracketedPaste, unmarkedPaste, typedTogether

    func send(_ text: String, to tmux: Tmux) throws {
      switch self {
      case .bracketedPaste: try tmux.paste(text)
      case .unmarkedPaste: try tmux.paste(text, marked: false)
      case .typedTogether: try tmux.type(text)
      }
    }
  }

  /// A session file and its bytes when the test started.
  private struct Watched {
    let file: URL
    let bytes: Data

    init(_ file: URL) throws {
      self.file = file
      bytes = try Data(contentsOf: file)
    }

    var isUnchanged: Bool { (try? Data(contentsOf: file)) == bytes }
  }

  @Test func dyOnTheStartScreenDeletesNothing() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Keep me", mode: .workshop, participants: ["Ana", "Bo"])
    let watched = try Watched(window.sessionsFolder.appendingPathComponent("\(session.id).json"))
    try window.launch()
    try tmux.waitFor("Keep me")
    for arrival in Arrival.allCases {
      try arrival.send("dy", to: tmux)
      if arrival == .bracketedPaste {
        try tmux.waitFor("Paste ignored here: n starts a new session.")
        try tmux.press("Down")
      } else {
        // Unmarked, "dy" is two keys: d asks, and the y that came with it is no answer.
        try tmux.waitFor("Not taken: keys came together; answer with one key.")
        #expect(try tmux.screen().contains("Delete “Keep me”?"))
        try tmux.press("n")
      }
      try tmux.waitUntil("the message to go") {
        !$0.contains("ignored") && !$0.contains("Not taken")
      }
      #expect(watched.isUnchanged, "\(arrival)")
    }
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(watched.isUnchanged)
  }

  @Test func aSentenceOnReflectionUndoesNoAnswer() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Two answers", mode: .workshop, participants: ["Ana", "Bo"])
    try window.launch(["open", session.id])
    try tmux.waitFor("Two answers")
    try tmux.press("3")
    try tmux.waitFor("question 1 of 6")
    for (index, answer) in ["A strength", "We split"].enumerated() {
      if index > 0 { try tmux.press("Down") }
      try tmux.waitFor("question \(index + 1) of 6")
      try tmux.press("Enter")
      try tmux.waitFor("Ctrl-D save")
      try tmux.type(answer)
      try tmux.waitFor(answer)
      try tmux.press("C-d")
      try tmux.waitFor("\(index + 1) of 6 answered")
    }
    // Both answers are saved in this sitting, so u would undo them.
    let watched = try Watched(window.sessionsFolder.appendingPathComponent("\(session.id).json"))
    for arrival in Arrival.allCases {
      try arrival.send("Busy, unusual turnout", to: tmux)
      try tmux.waitFor("Paste ignored here: Enter writes the answer.")
      #expect(watched.isUnchanged, "\(arrival)")
      try tmux.press("Up")
      try tmux.waitUntil("the message to go") { !$0.contains("Paste ignored") }
    }
    try tmux.type("uu")
    try tmux.waitFor("Not taken: u came with other keys; press it alone.")
    #expect(watched.isUnchanged)
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(watched.isUnchanged)
    let answers = try window.sessions().first?.reflection.values.map(\.text).sorted()
    #expect(answers == ["A strength", "We split"])
  }

  @Test func tryYesOnScoresRevealsNothing() throws {
    let window = try WorkbookWindow()
    let tmux = window.tmux
    let session = try window.writeSession(
      title: "Hidden scores", mode: .workshop, participants: ["Ana", "Bo"],
      scores: [[4, 4, 1, 4], [4, 4, 5, 4]])
    let watched = try Watched(window.sessionsFolder.appendingPathComponent("\(session.id).json"))
    try window.launch(["open", session.id])
    try tmux.waitFor("Hidden scores")
    try tmux.press("2")
    try tmux.waitFor("2 of 2 have scored")
    for arrival in Arrival.allCases {
      try arrival.send("Try yes", to: tmux)
      try tmux.waitFor("Paste ignored: this screen takes keys, not text.")
      #expect(watched.isUnchanged, "\(arrival)")
      try tmux.press("Down")
      try tmux.waitUntil("the message to go") { !$0.contains("Paste ignored") }
    }
    // r and y typed together: r asks, and the y is no answer.
    try tmux.type("ry")
    let asked = try tmux.waitFor("Not taken: keys came together; answer with one key.")
    #expect(asked.contains("Reveal everyone's scores?"))
    try tmux.press("n")
    try tmux.waitUntil("the question to close") { !$0.contains("Reveal everyone's scores?") }
    #expect(!(try tmux.screen().contains("Agreement")))
    try tmux.press("q")
    #expect(try window.exitStatus() == 0)
    #expect(watched.isUnchanged)
  }
}
