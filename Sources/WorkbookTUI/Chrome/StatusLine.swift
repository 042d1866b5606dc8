/// The bottom row: a message if there is one, else the key hints for the screen, and on the right
/// the facilitation timer, if set (on every step, naming the step it times), and whether the
/// session is saved.
enum StatusLine {
  static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
    let row = buffer.height - 1
    buffer.fill(row: row, style: .bar)
    let saveText = saveStateText(state)
    let saveWidth = saveText.map { $0.text.displayWidth + 2 } ?? 0
    let timer = timerText(state)
    let timerWidth = timer.map { $0.text.displayWidth + 3 } ?? 0
    let room = buffer.width - 2 - saveWidth - timerWidth
    if let message = state.message {
      buffer.put(
        message.text.truncated(to: room), row: row, column: 1,
        style: message.isError ? .bad : .bar)
    } else {
      var column = 1
      for hint in Keymap.hints(in: state) {
        let text = "\(hint.keys) \(hint.label)"
        if column + text.displayWidth > room { break }
        buffer.put(text, row: row, column: column, style: .bar)
        column += text.displayWidth + 3
      }
    }
    if let timer {
      // Three columns before the save state.
      let saveColumn = buffer.width - 1 - (saveText?.text.displayWidth ?? 0)
      buffer.put(
        timer.text, row: row, column: saveColumn - 3 - timer.text.displayWidth, style: timer.style)
    }
    if let saveText {
      buffer.put(
        saveText.text, row: row, column: buffer.width - 1 - saveText.text.displayWidth,
        style: saveText.style)
    }
  }

  /// "Reflection: 04:59 left" while the timer runs; "Time is up for Reflection (15 min)" in the
  /// warning style, which reads from across a room, once it has run out.
  private static func timerText(_ state: AppState) -> (text: String, style: TextStyle)? {
    guard state.screen == .workbook, let timer = state.workbook?.timer else { return nil }
    return (timer.statusText(at: state.clock), timer.isUp(at: state.clock) ? .warning : .bar)
  }

  private static func saveStateText(_ state: AppState) -> (text: String, style: TextStyle)? {
    guard state.screen == .workbook else { return nil }
    // Followed from another terminal: nothing here is saved, and the room should know it.
    if state.isReadOnly { return ("Read-only", .warning) }
    switch state.save {
    case .unchanged: return ("Saved", .bar)
    case .saving: return ("Saving…", .bar)
    case .saved(let time):
      return ("Saved \(LocalTime(offsetSeconds: state.utcOffsetSeconds).clockTime(time))", .bar)
    // The reason is in the message on the left, where it has the room to be read.
    case .failed: return ("Not saved", .bad)
    }
  }

}
