import WorkbookCore

/// The selected item under the Results' table: a bar per score value, whole cells per person so a
/// bar's length can be counted (a full bar is everyone), beside it the mean and median (drawn in
/// block digits when there is room) and the other answers, and below it the change since the
/// earlier session (when the session is based on one) and who to ask about a split.
struct ResultsDetail {
  let item: ScoreItem
  let result: ItemResult
  let session: Session
  let scale: ScoreScale
  let frame: ContentFrame
  /// The sentence about a split, wrapped to the frame; empty when the team did not split.
  let discussion: [String]
  /// The item's change since the earlier session, wrapped to the frame; empty when the session
  /// is not based on one.
  let since: [String]
  let sinceStyle: TextStyle
  let messages: Messages

  /// `scorers`: who scored lowest and highest, by name, for the sentence about a split (without
  /// them it names no one).
  init(
    item: ScoreItem, result: ItemResult, session: Session, scale: ScoreScale, frame: ContentFrame,
    messages: Messages, change: ResultsChange? = nil, scorers: ResultsFigures.SplitScorers? = nil
  ) {
    self.messages = messages
    self.item = item
    self.result = result
    self.session = session
    self.scale = scale
    self.frame = frame
    since = change.map { wrap($0.sentence(messages), width: frame.width - 2) } ?? []
    sinceStyle = change?.style ?? .normal
    guard result.needsDiscussion else {
      discussion = []
      return
    }
    var text = messages(.stepsResultsDiscussSplit)
    if let scorers, let low = result.minimum, let high = result.maximum {
      text = messages(
        .stepsResultsDiscussSplitNames, scorers.lowest, low, scorers.highest, high)
    }
    // No more lines than the frame has rows: with many people the names run on far beyond.
    discussion = wrap(text, width: frame.width - 2, maxLines: frame.height)
  }

  private var alone: Bool { session.participants.count == 1 }

  /// Rows the detail takes with bars `barHeight` rows tall and `discussLines` of the discussion.
  func rows(barHeight: Int, discussLines: Int) -> Int {
    1 + barRows(barHeight) + since.count + min(discussLines, discussion.count)
  }

  func draw(barHeight: Int, discussLines: Int, row top: Int, into buffer: inout ScreenBuffer) {
    let left = frame.left
    buffer.put(item.title.truncated(to: frame.width), row: top, column: left, style: .heading)
    let barsTop = top + 1
    // The scale's words beside its numbers, where the width allows.
    let labelWidth =
      frame.width >= 110
      ? (scale.values.compactMap { scale.labels[$0]?.displayWidth }.max() ?? 0) : 0
    let barLeft = left + 3 + (labelWidth > 0 ? labelWidth + 1 : 0) + 2
    let large = barHeight >= 2 && frame.width >= 110
    let figures = self.figures
    let panelWidth =
      large
      ? figures.reduce(0) { $0 + max($1.label.displayWidth, BlockDigits.width($1.value)) + 4 }
      : 20
    let people = max(1, session.participants.count)
    let countWidth = alone ? messages(.stepsResultsOwnScoreMark).displayWidth + 1 : 4
    let room = frame.width - (barLeft - left) - countWidth - 4 - panelWidth
    let unit = max(1, min(30, room / people))

    for (offset, count) in result.distribution.enumerated() {
      let value = scale.minimum + offset
      let start = barsTop + offset * (barHeight + (barHeight > 1 ? 1 : 0))
      let middle = start + (barHeight - 1) / 2
      buffer.put("\(value)", row: middle, column: left + 2, style: .accent)
      if labelWidth > 0, let label = scale.labels[value] {
        buffer.put(label, row: middle, column: left + 4)
      }
      let style: TextStyle = value >= scale.highFrom ? .good : .bad
      for row in start..<start + barHeight {
        buffer.put(repeating: "█", count: count * unit, row: row, column: barLeft, style: style)
      }
      let mark = count == 0 ? "·" : alone ? messages(.stepsResultsOwnScoreMark) : "\(count)"
      buffer.put(mark, row: middle, column: barLeft + count * unit + (count == 0 ? 0 : 1))
    }

    let panelLeft = barLeft + unit * people + countWidth + 4
    var row = barsTop
    if large {
      var column = panelLeft
      for figure in figures {
        buffer.put(figure.label, row: row, column: column, style: .heading)
        for (index, line) in BlockDigits.rows(figure.value).enumerated() {
          buffer.put(line, row: row + 1 + index, column: column, style: figure.style)
        }
        column += max(figure.label.displayWidth, BlockDigits.width(figure.value)) + 4
      }
      row += 2 + BlockDigits.height
    } else if !alone {
      for figure in figures {
        let used = buffer.put(figure.label + " ", row: row, column: panelLeft)
        buffer.put(figure.value, row: row, column: panelLeft + used, style: figure.style)
        row += 1
      }
    }
    for line in otherAnswers {
      buffer.put(
        line.truncated(to: max(0, frame.left + frame.width - panelLeft)), row: row,
        column: panelLeft)
      row += 1
    }

    for (index, line) in since.enumerated() {
      buffer.put(
        line, row: barsTop + barRows(barHeight) + index, column: left + 2, style: sinceStyle)
    }
    let discussionTop = barsTop + barRows(barHeight) + since.count
    let shown = min(discussLines, discussion.count)
    for (index, line) in discussion.prefix(shown).enumerated() {
      let cut = index == shown - 1 && shown < discussion.count
      buffer.put(
        cut ? (line + " …").truncated(to: frame.width - 2) : line,
        row: discussionTop + index, column: left + 2, style: .warning)
    }
  }

  private func barRows(_ barHeight: Int) -> Int {
    let values = scale.values.count
    return values * barHeight + (barHeight > 1 ? values - 1 : 0)
  }

  /// The key figures: the mean and median, or one person's own score.
  private var figures: [(label: String, value: String, style: TextStyle)] {
    let style: TextStyle =
      result.mean.map { $0 >= Double(scale.highFrom) ? .good : .bad } ?? .normal
    if alone {
      return [
        (messages(.stepsColumnYourScore), result.median.map(ResultsView.figure) ?? "–", style)
      ]
    }
    return [
      (messages(.stepsColumnMean), result.mean.map(ResultsView.oneDecimal) ?? "–", style),
      (messages(.stepsColumnMedian), result.median.map(ResultsView.figure) ?? "–", style),
    ]
  }

  /// Answers that are not on the scale; for one person alone, the table already says which.
  private var otherAnswers: [String] {
    guard !alone else { return [] }
    var lines = [
      messages(.stepsResultsCountDontKnow, result.dontKnow),
      messages(.stepsResultsCountNotApplicable, result.notApplicable),
    ]
    if result.unanswered > 0 {
      lines.append(messages(.stepsResultsCountNotAnswered, result.unanswered))
    }
    return lines
  }
}
