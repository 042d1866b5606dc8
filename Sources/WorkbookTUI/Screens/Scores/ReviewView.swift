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
      "\(participant.name), check your answers".truncated(to: frame.width), row: frame.top,
      column: left, style: .heading)
    // Alone, confirming shows the results; in a workshop the screen clears for the next person.
    let confirming =
      solo
      ? "Enter confirms them and shows your results." : "Enter confirms them and clears the screen."
    buffer.put(
      "\(confirming) ← goes back to change one.",
      row: frame.top + 1, column: left, style: .muted, maxWidth: frame.width)
    let titleWidth = min(50, frame.width - 20)
    var row = frame.top + 3
    for item in strategy.scoreItems.prefix(frame.height - 9) {
      buffer.put(item.title.truncated(to: titleWidth), row: row, column: left + 2)
      if let answer = participant.scores[item.id] {
        buffer.put(answer.displayText, row: row, column: left + 4 + titleWidth, style: .accent)
      } else {
        buffer.put("not answered", row: row, column: left + 4 + titleWidth, style: .warning)
      }
      row += 1
    }
    let missing = participant.unansweredItems(of: strategy)
    guard !missing.isEmpty else { return }
    row += 1
    let count = missing.count == 1 ? "1 item" : "\(missing.count) items"
    var lines = wrap(
      "Not answered: " + missing.map(\.title).joined(separator: ", ") + ".", width: frame.width
    ).prefix(2).map { ($0, TextStyle.warning) }
    if askingAgain {
      lines.append(("", .normal))
      // The question's answers, as the keymap has them (pausing is always on the status line).
      let answers = KeyBinding.gapsConfirmation.filter { $0.hint?.alwaysShown == false }
      lines += wrap("\(count) not answered.", width: frame.width).map { ($0, TextStyle.heading) }
      lines.append((Dialog.keyLine(answers, messages), .accent))
    }
    for (text, style) in lines where row < frame.bottom {
      buffer.put(text, row: row, column: left, style: style)
      row += 1
    }
  }
}
