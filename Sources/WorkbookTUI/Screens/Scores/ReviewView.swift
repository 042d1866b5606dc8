import WorkbookCore
import WorkbookWorkflow

/// A person's own answers, to check before confirming, naming the items not answered; the screen
/// clears when they confirm.
enum ReviewView {
  /// `askingAgain`: Enter was pressed with items not answered, and a second Enter confirms.
  static func draw(
    _ participant: Participant, strategy: Strategy, solo: Bool, askingAgain: Bool,
    messages: Messages, into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    let left = frame.left
    buffer.put(
      messages(.stepsReviewHeading, participant.name).truncated(to: frame.width), row: frame.top,
      column: left, style: .heading)
    // Alone, confirming shows the results; in a workshop the screen clears for the next person.
    let confirm = KeyBinding.key(for: .scores(.confirm), in: KeyBinding.review)
    let back = KeyBinding.key(for: .scores(.previousItem), in: KeyBinding.review)
    buffer.put(
      messages(solo ? .stepsReviewConfirmSolo : .stepsReviewConfirmWorkshop, confirm, back),
      row: frame.top + 1, column: left, style: .muted, maxWidth: frame.width)
    let titleWidth = min(50, frame.width - 20)
    var row = frame.top + 3
    for item in strategy.scoreItems.prefix(frame.height - 9) {
      buffer.put(item.title.truncated(to: titleWidth), row: row, column: left + 2)
      if let answer = participant.scores[item.id] {
        buffer.put(
          answer.displayText(messages), row: row, column: left + 4 + titleWidth, style: .accent)
      } else {
        buffer.put(
          messages(.stepsAnswerNotAnswered), row: row, column: left + 4 + titleWidth,
          style: .warning)
      }
      row += 1
    }
    let missing = participant.unansweredItems(of: strategy)
    guard !missing.isEmpty else { return }
    row += 1
    var lines = wrap(
      messages(.stepsReviewNotAnswered, missing.map(\.title).joined(separator: ", ")),
      width: frame.width
    ).prefix(2).map { ($0, TextStyle.warning) }
    if askingAgain {
      lines.append(("", .normal))
      // The question's answers, as the keymap has them (pausing is always on the status line).
      let answers = KeyBinding.gapsConfirmation.filter { $0.hint?.alwaysShown == false }
      lines += wrap(messages(.stepsReviewGaps, missing.count), width: frame.width).map {
        ($0, TextStyle.heading)
      }
      lines.append((Dialog.keyLine(answers, messages), .accent))
    }
    for (text, style) in lines where row < frame.bottom {
      buffer.put(text, row: row, column: left, style: style)
      row += 1
    }
  }
}
