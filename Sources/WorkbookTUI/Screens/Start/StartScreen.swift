import WorkbookCore

/// The start screen: the sessions, newest first, with their progress; a deletion asks first.
enum StartScreen {
  static func draw(
    _ start: StartState, time: LocalTime, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let left = frame.left
    buffer.put(messages(.tuiStartHeading), row: frame.top, column: left, style: .heading)
    guard let sessions = start.sessions else {
      buffer.put(messages(.tuiStartReading), row: frame.top + 2, column: left, style: .muted)
      return
    }
    if sessions.isEmpty {
      buffer.put(messages(.tuiStartEmpty), row: frame.top + 2, column: left)
      let hint = messages(
        .tuiStartEmptyHint, KeyBinding.key(for: .start(.new), in: KeyBinding.start))
      for (offset, line) in wrap(hint, width: frame.width).enumerated() {
        buffer.put(line, row: frame.top + 4 + offset, column: left, style: .muted)
      }
      return
    }
    buffer.put(
      messages(.tuiStartPick, KeyBinding.key(for: .start(.new), in: KeyBinding.start)),
      row: frame.top + 1, column: left, style: .muted, maxWidth: frame.width)

    let columns = Columns(width: frame.width)
    let headerRow = frame.top + 3
    columns.put(
      [
        messages(.tuiStartColumnTitle), messages(.tuiStartColumnOrganization),
        messages(.tuiStartColumnUpdated), messages(.tuiStartColumnProgress),
      ], row: headerRow, left: left,
      style: .muted,
      into: &buffer)
    // Two rows below the list for the selected session's problem, if it has one.
    let visibleRows = max(1, frame.bottom - headerRow - 3)
    let window = ListWindow(count: sessions.count, selected: start.selection, height: visibleRows)
    for index in window.rows {
      let entry = sessions[index]
      let row = headerRow + 1 + index - window.first
      let selected = index == start.selection
      let style = buffer.startListRow(
        row: row, column: left, width: frame.width, selected: selected)
      let progress =
        entry.problem == nil ? "\(Int(entry.progress * 100))%" : messages(.tuiStartBroken)
      columns.put(
        [entry.title, entry.organization, time.dateAndTime(entry.updatedAt), progress], row: row,
        left: left, style: style, into: &buffer)
    }
    if let problem = start.selected?.problem {
      buffer.put(
        messages(.tuiStartCannotOpen, problem).truncated(to: frame.width), row: frame.bottom - 1,
        column: left, style: .bad)
    }
    if let locked = start.locked {
      let who =
        locked.editor.map {
          messages(.tuiLockedBy, $0.user, $0.host, time.dateAndTime($0.since))
        } ?? messages(.tuiLockedBySomeone)
      Dialog.draw(
        [
          (messages(.tuiLockedHeading, locked.entry.title), .heading),
          ("", .normal),
          (who, .normal),
          ("", .normal),
          (messages(.tuiLockedFollow), .normal),
        ], keys: KeyBinding.lockedSession, messages: messages, into: &buffer,
        frame: frame)
    }
    if let pending = start.pendingDeletion {
      Dialog.draw(
        [
          (messages(.tuiDeleteQuestion, pending.title), .heading),
          ("", .normal),
          (messages(.tuiDeleteWarning), .normal),
        ], keys: KeyBinding.deletion, messages: messages, into: &buffer,
        frame: frame)
    }
  }

  /// The list's columns: title and organization share what the fixed columns leave.
  private struct Columns {
    let widths: [Int]

    init(width: Int) {
      let updated = 16
      let progress = 8
      let flexible = max(10, width - 2 - updated - progress - 6)
      let title = flexible * 3 / 5
      widths = [title, flexible - title, updated, progress]
    }

    func put(
      _ texts: [String], row: Int, left: Int, style: TextStyle, into buffer: inout ScreenBuffer
    ) {
      var column = left + 2
      for (index, (text, width)) in zip(texts, widths).enumerated() {
        // The last column is right-aligned, so percentages line up.
        let shown = text.truncated(to: width)
        let x = index == widths.count - 1 ? column + width - shown.displayWidth : column
        buffer.put(shown, row: row, column: x, style: style)
        column += width + 2
      }
    }
  }
}
