import WorkbookCore
import WorkbookWorkflow

/// The session's agenda: a line of minutes per step in the Overview's text, and its editor, a
/// table of the steps with the selected one highlighted, which fills the step while open.
enum AgendaView {
  /// The Overview's section: the minutes per step and the total, or how to plan them.
  static func overviewLines(
    _ agenda: Agenda?, width: Int, messages: Messages
  ) -> [(text: String, style: TextStyle)] {
    let lines: [(text: String, style: TextStyle)] = [(messages(.tuiAgendaHeading), .heading)]
    guard let agenda else {
      let plan = KeyBinding.key(for: .overview(.editAgenda), in: KeyBinding.overview)
      let timer = KeyBinding.key(for: .timer(.cycle), in: KeyBinding.timer)
      let text = messages(.tuiAgendaNone, plan, timer)
      return lines + wrap(text, width: width - 2).map { ("  " + $0, .muted) }
    }
    let steps = Step.allCases.map {
      "\(messages($0.titleKey)) \(agenda.minutes(for: $0.agendaID))"
    }
    let text = messages(
      .tuiAgendaSummary, steps.concatenated(separator: " · "), agenda.totalMinutes)
    return lines + wrap(text, width: width - 2).map { ("  " + $0, .normal) }
  }

  static func draw(
    _ workbook: WorkbookState, selected: Step, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let left = frame.left
    let agenda = workbook.session.agenda ?? Agenda(minutes: [:])
    buffer.put(messages(.tuiAgendaHeading), row: frame.top, column: left, style: .heading)
    let about = messages(.tuiAgendaAbout)
    var row = frame.top + 1
    for line in wrap(about, width: frame.width) {
      buffer.put(line, row: row, column: left, style: .normal)
      row += 1
    }
    row += 1
    let nameWidth = 20
    for step in Step.allCases {
      let isSelected = step == selected
      let style = buffer.startListRow(
        row: row, column: left, width: nameWidth + 12, selected: isSelected)
      buffer.put(messages(step.titleKey), row: row, column: left + 2, style: style)
      let minutes = messages(.tuiMinutes, agenda.minutes(for: step.agendaID))
      buffer.put(
        minutes, row: row, column: left + 2 + nameWidth + 8 - minutes.displayWidth, style: style)
      row += 1
    }
    buffer.put(String(repeating: "─", count: nameWidth + 10), row: row, column: left + 2)
    row += 1
    buffer.put(messages(.tuiAgendaTotal), row: row, column: left + 2, style: .heading)
    let total = messages(.tuiMinutes, agenda.totalMinutes)
    buffer.put(
      total, row: row, column: left + 2 + nameWidth + 8 - total.displayWidth, style: .heading)
    if let suggestion = Agenda.suggestedLengths.first(where: {
      Agenda.suggested(forMinutes: $0) == agenda
    }) {
      buffer.put(
        messages(.tuiAgendaSuggestedSplit, suggestion), row: row, column: left + nameWidth + 14,
        style: .normal, maxWidth: frame.width - nameWidth - 14)
    }
    row += 2
    let keys = messages(.tuiAgendaKeys)
    for line in wrap(keys, width: frame.width) where row < frame.bottom {
      buffer.put(line, row: row, column: left, style: .normal)
      row += 1
    }
  }
}
