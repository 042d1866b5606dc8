import WorkbookCore
import WorkbookWorkflow

/// Who scores: everyone's name and whether they have finished, never what they answered.
enum ScorersView {
  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let session = workbook.session
    let left = frame.left
    let again = workbook.scores.phase == .choosingScorer
    buffer.put(
      again ? messages(.stepsScorersHeadingAgain) : messages(Step.scores.titleKey), row: frame.top,
      column: left,
      style: .heading)
    let bindings = again ? KeyBinding.choosingScorer : KeyBinding.scorers
    let choose = KeyBinding.key(for: .scores(.choose), in: bindings)
    buffer.put(
      again
        ? messages(
          .stepsScorersAgainIntro, choose, KeyBinding.key(for: .scores(.back), in: bindings))
        : messages(.stepsScorersIntro, choose),
      row: frame.top + 1, column: left, style: .muted)

    let listTop = frame.top + 3
    let visibleRows = max(1, frame.height - 6)
    let selection = workbook.scores.scorerSelection
    let window = ListWindow(
      count: session.participants.count, selected: selection, height: visibleRows)
    let nameWidth = min(30, frame.width - 20)
    for index in window.rows {
      let participant = session.participants[index]
      let row = listTop + index - window.first
      let selected = index == selection
      let style = buffer.startListRow(
        row: row, column: left, width: nameWidth + 18, selected: selected)
      buffer.put(
        participant.name.truncated(to: nameWidth), row: row, column: left + 2, style: style)
      buffer.put(
        participant.finishedScoring
          ? messages(.stepsScorersScored) : messages(.stepsScorersNotYet), row: row,
        column: left + 4 + nameWidth,
        style: selected ? style : (participant.finishedScoring ? .good : .muted))
    }

    let finished = session.participants.count(where: \.finishedScoring)
    let summary =
      again
      ? messages(.stepsScorersAgainSummary)
      : messages(
        .stepsScorersSummary, finished, session.participants.count,
        KeyBinding.key(for: .scores(.reveal), in: KeyBinding.scorers))
    for (index, line) in wrap(summary, width: frame.width).prefix(2).enumerated() {
      buffer.put(line, row: frame.bottom - 2 + index, column: left, style: .muted)
    }
  }
}
