import WorkbookCore

/// One person scoring one item: the question, what each score means, the highlighted choice, and
/// under them their own answer so far and what Enter will do.
enum ScoringView {
  /// `highlight` is a choice moved to with ↑↓ and not yet taken; nil highlights the answer.
  static func draw(
    _ participant: Participant, item index: Int, highlight: ScoreAnswer?, strategy: Strategy,
    messages: Messages, into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    guard let item = strategy.scoreItems[safe: index] else { return }
    let left = frame.left
    let answer = participant.scores[item.id]
    let highlighted = highlight ?? answer
    let heading = messages(
      .stepsScoringHeading, participant.name, index + 1, strategy.scoreItems.count)
    buffer.put(heading, row: frame.top, column: left, style: .muted, maxWidth: frame.width)
    // The questions and the scale's words are not the source page's: say so where they are read,
    // on the right of the first row when it has room (the Overview and the exports say it too).
    let origin = messages(.stepsScoringOrigin)
    let originWidth = origin.displayWidth
    if heading.displayWidth + 4 + originWidth <= frame.width {
      buffer.put(
        origin, row: frame.top, column: left + frame.width - originWidth, style: .muted)
    }
    buffer.put(
      item.title.truncated(to: frame.width), row: frame.top + 2, column: left, style: .heading)
    var row = frame.top + 4
    for line in wrap(item.question, width: frame.width).prefix(3) {
      buffer.put(line, row: row, column: left)
      row += 1
    }
    row += 1
    let scale = strategy.scale
    var options: [(key: String, text: String, answer: ScoreAnswer)] = scale.values.map { value in
      (String(value), meaning(of: value, item: item, scale: scale), .score(value))
    }
    options.append(("?", messages(.stepsScoringOptionDontKnow), .dontKnow))
    options.append(("n", messages(.stepsScoringOptionNotApplicable), .notApplicable))
    for option in options {
      if option.answer == .dontKnow { row += 1 }
      let chosen = option.answer == highlighted
      let style: TextStyle = chosen ? .selected : .normal
      if chosen {
        buffer.fill(row: row, column: left, width: frame.width, style: style)
        buffer.focus = Position(row: row, column: left)
      }
      // A long meaning takes a second line; more than that is cut.
      let lines = wrap(option.text, width: frame.width - 8)
      let shown = lines.count > 2 ? [lines[0], lines[1...].joined(separator: " ")] : lines
      if chosen {
        for offset in shown.indices {
          buffer.fill(row: row + offset, column: left, width: frame.width, style: style)
        }
      }
      buffer.put(chosen ? "▸" : " ", row: row, column: left, style: style)
      buffer.put(option.key, row: row, column: left + 2, style: chosen ? style : .accent)
      for (offset, line) in shown.enumerated() {
        buffer.put(
          line.truncated(to: frame.width - 8), row: row + offset, column: left + 6, style: style)
      }
      row += max(1, shown.count)
    }
    row += 1
    let last = index + 1 == strategy.scoreItems.count
    let lines = wrap(
      status(answer: answer, highlighted: highlighted, last: last, messages: messages),
      width: frame.width
    ).prefix(2)
    for (offset, line) in lines.enumerated() {
      buffer.put(
        line, row: min(row, frame.bottom - lines.count) + offset, column: left, style: .muted)
    }
  }

  /// The line under the choices: the answer recorded, and what Enter does now.
  private static func status(
    answer: ScoreAnswer?, highlighted: ScoreAnswer?, last: Bool, messages: Messages
  ) -> String {
    let enter = KeyBinding.key(for: .scores(.takeChoice), in: KeyBinding.scoring)
    switch (answer, highlighted) {
    case (nil, nil):
      let keys = KeyBinding.answerKeys
      let skip = KeyBinding.key(for: .scores(.nextItem), in: KeyBinding.scoring)
      return messages(
        .stepsScoringHowToAnswer, keys.lowest, keys.highest, keys.dontKnow, keys.notApplicable,
        skip)
    case (nil, let chosen?):
      return messages(
        last ? .stepsScoringUnansweredChosenLast : .stepsScoringUnansweredChosenNext, enter,
        chosen.displayText(messages))
    case (let given?, let chosen?) where chosen != given:
      return messages(
        last ? .stepsScoringChangeLast : .stepsScoringChangeNext, given.displayText(messages),
        enter, chosen.displayText(messages))
    case (let given?, _):
      return messages(
        last ? .stepsScoringAnsweredLast : .stepsScoringAnsweredNext,
        given.displayText(messages), enter)
    }
  }

  /// What a score means: the scale's label, and for the ends the item's own meaning.
  static func meaning(of value: Int, item: ScoreItem, scale: ScoreScale) -> String {
    let label = scale.labels[value] ?? ""
    let own =
      value == scale.minimum ? item.lowMeaning : value == scale.maximum ? item.highMeaning : ""
    switch (label.isEmpty, own.isEmpty) {
    case (false, false): return "\(label): \(own)"
    case (true, false): return own
    default: return label
    }
  }
}
