/// The bottom row: a message if there is one, else the key hints for the screen, and on the right
/// the step's timer, if set, and whether the session is saved.
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
      drawMessage(message, into: &buffer, room: room)
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

  /// A message too long for its row is never cut: it takes as many rows above the status line as
  /// it needs (up to half the screen), drawn as part of the bar.
  private static func drawMessage(
    _ message: StatusMessage, into buffer: inout ScreenBuffer, room: Int
  ) {
    let style: TextStyle = message.isError ? .bad : .bar
    let row = buffer.height - 1
    if message.text.displayWidth <= room {
      buffer.put(message.text, row: row, column: 1, style: style)
      return
    }
    let lines = wrap(message.text, width: max(1, room)).prefix(buffer.height / 2)
    for (offset, line) in lines.enumerated() {
      let lineRow = row - lines.count + 1 + offset
      if lineRow < row { buffer.fill(row: lineRow, style: .bar) }
      buffer.put(line, row: lineRow, column: 1, style: style, maxWidth: room)
    }
  }

  /// "Timer 04:59" while the step's timer runs; at 00:00 in the warning style.
  private static func timerText(_ state: AppState) -> (text: String, style: TextStyle)? {
    guard let timer = state.currentStepTimer else { return nil }
    let text = "Timer " + timer.remainingText(at: state.clock)
    return (text, timer.secondsLeft(at: state.clock) == 0 ? .warning : .bar)
  }

  private static func saveStateText(_ state: AppState) -> (text: String, style: TextStyle)? {
    guard state.screen == .workbook else { return nil }
    switch state.save {
    case .unchanged: return ("Saved", .bar)
    case .saving: return ("Saving…", .bar)
    case .saved(let time):
      return ("Saved \(LocalTime(offsetSeconds: state.utcOffsetSeconds).clockTime(time))", .bar)
    case .failed(let reason): return ("Not saved: \(reason)".truncated(to: 40), .bad)
    }
  }

}
