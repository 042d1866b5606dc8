import WorkbookCore

/// The new-session form: labels on the left, values on the right, the focused field highlighted,
/// and the problem that stops creation (if any) under the form.
enum NewSessionScreen {
  static let labelWidth = 16

  static func draw(_ form: NewSessionState, into buffer: inout ScreenBuffer, frame: ContentFrame) {
    let left = frame.left
    let valueColumn = left + 2 + labelWidth
    let valueWidth = min(48, frame.width - labelWidth - 2)
    buffer.put("Start a new session", row: frame.top, column: left, style: .heading)

    var row = frame.top + 2
    func label(_ text: String, _ field: NewSessionState.Field) {
      let focused = form.focus == field
      buffer.put(focused ? "▸" : " ", row: row, column: left, style: .accent)
      if focused { buffer.focus = Position(row: row, column: left) }
      buffer.put(text, row: row, column: left + 2, style: focused ? .accent : .muted)
    }
    func textField(_ field: TextField, _ which: NewSessionState.Field, placeholder: String) {
      if form.focus == which {
        buffer.fill(row: row, column: valueColumn, width: valueWidth, style: .selected)
        // Long text scrolls so the cursor stays in view.
        let skip = max(0, field.cursorColumn - (valueWidth - 1))
        let visible = dropColumns(field.text, skip)
        buffer.put(visible, row: row, column: valueColumn, style: .selected, maxWidth: valueWidth)
        buffer.cursor = Position(row: row, column: valueColumn + field.cursorColumn - skip)
      } else if field.text.isEmpty {
        buffer.put(placeholder, row: row, column: valueColumn, style: .muted)
      } else {
        buffer.put(field.text.truncated(to: valueWidth), row: row, column: valueColumn)
      }
    }
    func choice(_ text: String, _ which: NewSessionState.Field, note: String) {
      let focused = form.focus == which
      let shown = "‹ \(text) ›"
      let used = buffer.put(
        shown, row: row, column: valueColumn, style: focused ? .selected : .normal)
      buffer.put(
        note.truncated(to: frame.width - labelWidth - 4 - used), row: row,
        column: valueColumn + used + 2, style: .muted)
    }

    label("Title", .title)
    textField(form.title, .title, placeholder: "required, e.g. Spring workshop 2026")
    row += 1
    label("Organization", .organization)
    textField(form.organization, .organization, placeholder: "optional")
    row += 2
    label("Mode", .mode)
    choice(
      form.mode == .workshop ? "Workshop" : "Solo", .mode,
      note: form.mode == .workshop
        ? "a team, each scoring in private" : "one person on their own")
    row += 1
    label("Anonymous", .anonymous)
    choice(
      form.anonymous ? "On" : "Off", .anonymous,
      note: form.anonymous ? "results say Participant 1, 2 …" : "results name people")
    row += 1
    label("Strategy", .strategy)
    let strategyTitle = form.strategies[safe: form.strategyIndex]?.title ?? "none found"
    if form.strategies.count > 1 || form.focus == .strategy {
      choice(strategyTitle.truncated(to: valueWidth), .strategy, note: "")
    } else {
      buffer.put(
        strategyTitle.truncated(to: frame.width - labelWidth - 2), row: row, column: valueColumn)
    }
    if form.offersEarlierSessions {
      row += 1
      label("Based on", .basedOn)
      if let earlier = form.basedOn {
        // Only its title and when it was last saved: nothing of its scores.
        choice(
          earlier.title.truncated(to: valueWidth - 4), .basedOn,
          note: "saved \(earlier.updatedAt.prefix(10))")
      } else {
        let count = form.basedOnChoices.count
        choice(
          "None", .basedOn,
          note: count == 0
            ? "no earlier session of this organization"
            : "start afresh, or from one of \(count) earlier")
      }
    }
    row += 2

    buffer.put(
      form.mode == .solo ? "Your name" : "Participants", row: row, column: left + 2, style: .muted)
    row += 1
    let fields = form.fields
    // Participants, "Add" and "Create" share what is left; the list scrolls to keep the focus.
    let listFields = fields.filter {
      if case .participant = $0 { return true }
      return $0 == .addParticipant
    }
    let roomForList = max(1, frame.bottom - row - 3)
    let focusIndex = listFields.firstIndex(of: form.focus) ?? 0
    let first = max(0, min(focusIndex - roomForList + 1, listFields.count - roomForList))
    for field in listFields.dropFirst(first).prefix(roomForList) {
      switch field {
      case .participant(let index):
        if form.mode == .workshop {
          let number = "\(index + 1)"
          buffer.put(number, row: row, column: valueColumn - 2 - number.count, style: .muted)
        }
        textField(
          form.participants[index], field,
          placeholder: index == 0 ? "a name, e.g. Ana" : "a name")
        if form.focus == field {
          buffer.put("▸", row: row, column: left, style: .accent)
          buffer.focus = Position(row: row, column: left)
        }
      default:
        let focused = form.focus == field
        buffer.put(focused ? "▸" : " ", row: row, column: left, style: .accent)
        if focused { buffer.focus = Position(row: row, column: left) }
        buffer.put(
          "+ Add a participant", row: row, column: valueColumn,
          style: focused ? .selected : .muted)
      }
      row += 1
    }
    row += 1
    let createFocused = form.focus == .create
    buffer.put(createFocused ? "▸" : " ", row: row, column: left, style: .accent)
    if createFocused { buffer.focus = Position(row: row, column: left) }
    buffer.put(
      "  Create the session  ", row: row, column: valueColumn,
      style: createFocused ? .selected : .accent)
    if let problem = form.problem {
      buffer.put(
        problem.message.truncated(to: frame.width), row: row + 2, column: left, style: .bad)
    }
  }

  /// The text without its first `columns` columns.
  private static func dropColumns(_ text: String, _ columns: Int) -> Substring {
    var dropped = 0
    var index = text.startIndex
    while dropped < columns, index < text.endIndex {
      dropped += text[index].displayWidth
      index = text.index(after: index)
    }
    return text[index...]
  }
}
