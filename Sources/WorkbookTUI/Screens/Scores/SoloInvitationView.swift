import WorkbookCore
import WorkbookWorkflow

/// Solo mode before scoring: what is about to happen, or, for scores that came in finished (an
/// import), how to see them.
enum SoloInvitationView {
  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let count = workbook.strategy.scoreItems.count
    buffer.put(messages(Step.scores.titleKey), row: frame.top, column: frame.left, style: .heading)
    let finished = workbook.session.participants.first?.finishedScoring == true
    let text =
      finished ? messages(.stepsSoloScoresIn) : messages(.stepsSoloInvitation, count)
    for (index, line) in wrap(text, width: frame.width).enumerated() {
      buffer.put(line, row: frame.top + 2 + index, column: frame.left)
    }
    let start = KeyBinding.key(for: .scores(.choose), in: KeyBinding.soloInvitation)
    buffer.put(
      messages(.stepsSoloPressStart, start), row: frame.top + 6, column: frame.left, style: .accent)
  }
}
