import WorkbookCore

/// The start screen: the sessions, newest first, with their progress; a deletion asks first.
enum StartScreen {
  static func draw(
    _ start: StartState, time: LocalTime, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let left = frame.left
    buffer.put("Your sessions", row: frame.top, column: left, style: .heading)
    guard let sessions = start.sessions else {
      buffer.put("Reading the sessions…", row: frame.top + 2, column: left, style: .muted)
      return
    }
    if sessions.isEmpty {
      buffer.put("No sessions yet.", row: frame.top + 2, column: left)
      buffer.put(
        "Press \(KeyBinding.key(for: .start(.new), in: KeyBinding.start)) to start one: a team "
          + "workshop, or a self-assessment on your own.",
        row: frame.top + 4, column: left, style: .muted)
      return
    }
    buffer.put(
      "Pick one to carry on, or press \(KeyBinding.key(for: .start(.new), in: KeyBinding.start)) "
        + "to start a new one.", row: frame.top + 1, column: left,
      style: .muted)

    let columns = Columns(width: frame.width)
    let headerRow = frame.top + 3
    columns.put(
      ["Title", "Organization", "Updated", "Progress"], row: headerRow, left: left,
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
      let progress = entry.problem == nil ? "\(Int(entry.progress * 100))%" : "broken"
      columns.put(
        [entry.title, entry.organization, time.dateAndTime(entry.updatedAt), progress], row: row,
        left: left, style: style, into: &buffer)
    }
    if let problem = start.selected?.problem {
      buffer.put(
        "Cannot be opened: \(problem)".truncated(to: frame.width), row: frame.bottom - 1,
        column: left, style: .bad)
    }
    if let locked = start.locked {
      let who =
        locked.editor.map {
          "\($0.name) (\($0.user) on \($0.host)) has had it open since "
            + "\(time.dateAndTime($0.since))."
        } ?? "Another terminal has it open."
      Dialog.draw(
        [
          ("“\(locked.entry.title)” is being edited", .heading),
          ("", .normal),
          (who, .normal),
          ("", .normal),
          (
            "You can follow it read-only: every step shows, nothing can be changed here, and "
              + "their saves appear as they land.", .normal
          ),
        ], keys: KeyBinding.lockedSession, messages: messages, into: &buffer,
        frame: frame)
    }
    if let pending = start.pendingDeletion {
      Dialog.draw(
        [
          ("Delete “\(pending.title)”?", .heading),
          ("", .normal),
          ("Its scores, answers and plan are deleted with it. This cannot be undone.", .normal),
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
