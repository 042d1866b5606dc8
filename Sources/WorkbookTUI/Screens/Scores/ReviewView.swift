import WorkbookCore

/// A person's own answers, to check before confirming; the screen clears when they confirm.
enum ReviewView {
  static func draw(
    _ participant: Participant, strategy: Strategy, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let left = frame.left
    buffer.put(
      "\(participant.name), check your answers".truncated(to: frame.width), row: frame.top,
      column: left, style: .heading)
    buffer.put(
      "Enter confirms them and clears the screen. ← goes back to change one.",
      row: frame.top + 1, column: left, style: .muted)
    let titleWidth = min(50, frame.width - 20)
    for (offset, item) in strategy.scoreItems.prefix(frame.height - 4).enumerated() {
      let row = frame.top + 3 + offset
      buffer.put(item.title.truncated(to: titleWidth), row: row, column: left + 2)
      if let answer = participant.scores[item.id] {
        buffer.put(answer.displayText, row: row, column: left + 4 + titleWidth, style: .accent)
      } else {
        buffer.put("not answered", row: row, column: left + 4 + titleWidth, style: .muted)
      }
    }
  }
}
