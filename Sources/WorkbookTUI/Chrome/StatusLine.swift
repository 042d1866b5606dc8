import WorkbookCore

/// The bottom row: a message if there is one, else the key hints for the screen, and after either
/// the hints always shown (help; pausing a turn); on the right the facilitation timer, if set (on
/// every step, naming the step it times), and whether the session is saved.
enum StatusLine {
  static func draw(_ state: AppState, into buffer: inout ScreenBuffer) {
    let row = buffer.height - 1
    buffer.fill(row: row, style: .bar)
    let saveText = saveStateText(state)
    let saveWidth = saveText.map { $0.text.displayWidth + 2 } ?? 0
    let timer = timerText(state)
    let timerWidth = timer.map { $0.text.displayWidth + 3 } ?? 0
    let room = buffer.width - 2 - saveWidth - timerWidth
    let hints = Keymap.hints(in: state).map { ShownHint($0, state.messages) }
    // The hints always shown (help, and pausing a turn) keep their room; the rest fills what is
    // left, in order, until one does not fit.
    var reserved = hints.filter(\.alwaysShown).reduce(0) { $0 + $1.width + separator }
    var column = 1
    if let message = state.message {
      let text = drawMessage(
        message.text(state.messages), isError: message.isError, into: &buffer,
        room: max(0, room - reserved))
      column += buffer.put(text, row: row, column: column, style: message.isError ? .bad : .bar)
      if !text.isEmpty { column += separator }
    }
    var filling = state.message == nil
    for hint in hints {
      if hint.alwaysShown {
        reserved -= hint.width + separator
      } else if !filling || column + hint.width + reserved > room {
        filling = false
        continue
      }
      buffer.put(hint.text, row: row, column: column, style: .bar)
      column += hint.width + separator
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

  /// A message too long for its row is never cut: its first lines take the rows above the status
  /// line (up to half the screen), drawn as part of the bar. Returns what goes on the status row.
  private static func drawMessage(
    _ text: String, isError: Bool, into buffer: inout ScreenBuffer, room: Int
  ) -> String {
    guard text.displayWidth > room, room > 0 else { return text }
    let lines = Array(wrap(text, width: room).prefix(buffer.height / 2))
    let style: TextStyle = isError ? .bad : .bar
    for (offset, line) in lines.dropLast().enumerated() {
      let lineRow = buffer.height - lines.count + offset
      buffer.fill(row: lineRow, style: .bar)
      buffer.put(line, row: lineRow, column: 1, style: style, maxWidth: room)
    }
    return lines.last ?? ""
  }

  /// "Reflection: 04:59 left" while the timer runs; "Time is up for Reflection (15 min)" in the
  /// warning style, which reads from across a room, once it has run out.
  private static func timerText(_ state: AppState) -> (text: String, style: TextStyle)? {
    guard state.screen == .workbook, let timer = state.workbook?.timer else { return nil }
    return (
      timer.statusText(at: state.clock, messages: state.messages),
      timer.isUp(at: state.clock) ? .warning : .bar
    )
  }

  /// Columns between two hints.
  private static let separator = 3

  private static func saveStateText(_ state: AppState) -> (text: String, style: TextStyle)? {
    guard state.screen == .workbook else { return nil }
    // Followed from another terminal: nothing here is saved, and the room should know it.
    let messages = state.messages
    if state.isReadOnly { return (messages(.tuiStatusReadOnly), .warning) }
    switch state.save {
    case .unchanged: return (messages(.tuiStatusSaved), .bar)
    case .saving: return (messages(.tuiStatusSaving), .bar)
    case .saved(let time):
      let clockTime = LocalTime(offsetSeconds: state.utcOffsetSeconds).clockTime(time)
      return (messages(.tuiStatusSavedAt, clockTime), .bar)
    // The reason is in the message on the left, where it has the room to be read.
    case .failed: return (messages(.tuiStatusNotSaved), .bad)
    }
  }

}

/// A hint as the status line shows it: the keys, a space, the label in the screens' language.
private struct ShownHint {
  var text: String
  var alwaysShown: Bool
  /// Its columns on the status line.
  var width: Int

  init(_ hint: KeyBinding.Hint, _ messages: Messages) {
    text = hint.keys + " " + messages(hint.label)
    alwaysShown = hint.alwaysShown
    width = text.displayWidth
  }
}
