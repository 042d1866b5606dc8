import WorkbookCore
import WorkbookWorkflow

/// The session's agenda: a line of minutes per step in the Overview's text, and its editor, a
/// table of the steps with the selected one highlighted, which fills the step while open.
enum AgendaView {
  /// The Overview's section: the minutes per step and the total, or how to plan them.
  static func overviewLines(_ agenda: Agenda?, width: Int) -> [(text: String, style: TextStyle)] {
    let lines: [(text: String, style: TextStyle)] = [("Agenda", .heading)]
    guard let agenda else {
      let plan = KeyBinding.key(for: .overview(.editAgenda), in: KeyBinding.overview)
      let timer = KeyBinding.key(for: .timer(.cycle), in: KeyBinding.timer)
      let text =
        "None yet. Press \(plan) to plan a 60- or 90-minute session; \(timer) on a step starts "
        + "its timer."
      return lines + wrap(text, width: width - 2).map { ("  " + $0, .muted) }
    }
    let steps = Step.allCases.map { "\($0.title) \(agenda.minutes(for: $0.agendaID))" }
    let text =
      steps.joined(separator: " · ") + " minutes: \(agenda.totalMinutes) in all. "
      + "T on a step starts its time; a changes the agenda."
    return lines + wrap(text, width: width - 2).map { ("  " + $0, .normal) }
  }

  static func draw(
    _ workbook: WorkbookState, selected: Step, into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    let left = frame.left
    let agenda = workbook.session.agenda ?? Agenda(minutes: [:])
    buffer.put("Agenda", row: frame.top, column: left, style: .heading)
    let about =
      "Minutes per step for this session. T on a step starts its timer from them; the time "
      + "shows on every step and the bell rings when it is up."
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
      buffer.put(step.title, row: row, column: left + 2, style: style)
      let minutes = minutesText(agenda.minutes(for: step.agendaID))
      buffer.put(
        minutes, row: row, column: left + 2 + nameWidth + 8 - minutes.displayWidth, style: style)
      row += 1
    }
    buffer.put(String(repeating: "─", count: nameWidth + 10), row: row, column: left + 2)
    row += 1
    buffer.put("Total", row: row, column: left + 2, style: .heading)
    let total = minutesText(agenda.totalMinutes)
    buffer.put(
      total, row: row, column: left + 2 + nameWidth + 8 - total.displayWidth, style: .heading)
    if let suggestion = Agenda.suggestedLengths.first(where: {
      Agenda.suggested(forMinutes: $0) == agenda
    }) {
      buffer.put(
        "the suggested \(suggestion)-minute split", row: row, column: left + nameWidth + 14,
        style: .normal, maxWidth: frame.width - nameWidth - 14)
    }
    row += 2
    let keys =
      "6 or 9 puts in the suggested 60- or 90-minute split: scoring and the talk about the "
      + "results take most of the time. x removes the agenda."
    for line in wrap(keys, width: frame.width) where row < frame.bottom {
      buffer.put(line, row: row, column: left, style: .normal)
      row += 1
    }
  }

  private static func minutesText(_ minutes: Int) -> String { "\(minutes) min" }
}
