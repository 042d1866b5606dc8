import WorkbookCore

/// The new-session form: labels on the left, values on the right, the focused field highlighted,
/// and the problem that stops creation (if any) under the form.
enum NewSessionScreen {
  static let labelWidth = 16

  static func draw(
    _ form: NewSessionState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let left = frame.left
    let valueColumn = left + 2 + labelWidth
    let valueWidth = min(48, frame.width - labelWidth - 2)
    buffer.put(messages(.tuiNewHeading), row: frame.top, column: left, style: .heading)

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

    label(messages(.tuiNewLabelTitle), .title)
    textField(form.title, .title, placeholder: messages(.tuiNewTitlePlaceholder))
    row += 1
    label(messages(.tuiNewLabelOrganization), .organization)
    textField(form.organization, .organization, placeholder: messages(.tuiNewOptional))
    row += 2
    label(messages(.tuiNewLabelMode), .mode)
    choice(
      messages(form.mode == .workshop ? .tuiNewModeWorkshop : .tuiNewModeSolo), .mode,
      note: messages(form.mode == .workshop ? .tuiNewModeWorkshopNote : .tuiNewModeSoloNote))
    row += 1
    label(messages(.tuiNewLabelAnonymous), .anonymous)
    choice(
      messages(form.anonymous ? .tuiNewOn : .tuiNewOff), .anonymous,
      note: messages(form.anonymous ? .tuiNewAnonymousNote : .tuiNewNamedNote))
    row += 1
    label(messages(.tuiNewLabelStrategy), .strategy)
    let strategyTitle =
      form.strategies[safe: form.strategyIndex]?.title ?? messages(.tuiNewNoStrategyFound)
    if form.strategies.count > 1 || form.focus == .strategy {
      choice(strategyTitle.truncated(to: valueWidth), .strategy, note: "")
    } else {
      buffer.put(
        strategyTitle.truncated(to: frame.width - labelWidth - 2), row: row, column: valueColumn)
    }
    if form.offersEarlierSessions {
      row += 1
      label(messages(.tuiNewLabelBasedOn), .basedOn)
      if let earlier = form.basedOn {
        // Only its title and when it was last saved: nothing of its scores.
        choice(
          earlier.title.truncated(to: valueWidth - 4), .basedOn,
          note: messages(.tuiNewEarlierSaved, String(earlier.updatedAt.prefix(10))))
      } else {
        let count = form.basedOnChoices.count
        choice(
          messages(.tuiNewBasedOnNone), .basedOn,
          note: count == 0
            ? messages(.tuiNewNoEarlier) : messages(.tuiNewEarlierCount, count))
      }
    }
    row += 2

    buffer.put(
      messages(form.mode == .solo ? .tuiNewLabelYourName : .tuiNewLabelParticipants), row: row,
      column: left + 2, style: .muted)
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
          placeholder: messages(index == 0 ? .tuiNewNamePlaceholderFirst : .tuiNewNamePlaceholder))
        if form.focus == field {
          buffer.put("▸", row: row, column: left, style: .accent)
          buffer.focus = Position(row: row, column: left)
        }
      default:
        let focused = form.focus == field
        buffer.put(focused ? "▸" : " ", row: row, column: left, style: .accent)
        if focused { buffer.focus = Position(row: row, column: left) }
        buffer.put(
          messages(.tuiNewAddParticipant), row: row, column: valueColumn,
          style: focused ? .selected : .muted)
      }
      row += 1
    }
    row += 1
    let createFocused = form.focus == .create
    buffer.put(createFocused ? "▸" : " ", row: row, column: left, style: .accent)
    if createFocused { buffer.focus = Position(row: row, column: left) }
    buffer.put(
      "  " + messages(.tuiNewCreate) + "  ", row: row, column: valueColumn,
      style: createFocused ? .selected : .accent)
    if let problem = form.problem {
      // Wrapped, never cut: up to the row above the status line's margin.
      let lines = wrap(problem.words.text(messages), width: frame.width)
      for (offset, line) in lines.enumerated() where row + 2 + offset <= frame.bottom {
        buffer.put(line, row: row + 2 + offset, column: left, style: .bad)
      }
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
