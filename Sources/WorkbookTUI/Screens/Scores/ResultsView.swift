import WorkbookCore

/// The revealed scores: a table of every item, the selected item's distribution drawn in bars with
/// its mean and median and who to ask about a split, and the strategy summary. The Results are
/// figures read from across a room, so they take the terminal's whole width, and what height is
/// left over makes the bars taller, the rows airier and the figures large. Fits 80×24 with four
/// items.
enum ResultsView {
  /// `frame`: the whole width less the margins (see `ScoresScreen`).
  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let session = workbook.session
    let strategy = workbook.strategy
    let figures = workbook.resultsFigures()
    let analysis = figures.analysis
    let alone = session.participants.count == 1
    let left = frame.left
    let used = buffer.put(
      messages(session.mode == .solo ? .stepsResultsHeadingSolo : .stepsResultsHeading),
      row: frame.top, column: left,
      style: .heading)
    if session.mode == .workshop {
      let finished = session.participants.count(where: \.finishedScoring)
      buffer.put(
        "  ·  " + messages(.stepsResultsScored, finished, session.participants.count),
        row: frame.top,
        column: left + used)
    }

    // A session based on an earlier one shows each item's change since (drawn only once the
    // scores are revealed, as the whole view is).
    let changes = figures.changes
    let compared = session.basedOn != nil
    let selection = min(workbook.scores.resultSelection, strategy.scoreItems.count - 1)
    let item = strategy.scoreItems[safe: selection]
    let detail = item.flatMap { item in
      analysis.result(for: item.id).map {
        ResultsDetail(
          item: item, result: $0, session: session, scale: strategy.scale, frame: frame,
          messages: messages, change: changes[item.id], scorers: figures.splitScorers[item.id])
      }
    }
    // The lists' words stand in a column as wide as the longest label, and at least 14.
    let labelWidth =
      [MessageKey.stepsSummaryStrengths, .stepsSummaryChallenges, .stepsSummaryDisputed].map {
        messages($0).displayWidth + 2
      }.reduce(14, max)
    var summary = summaryLines(
      analysis, strategy: strategy, alone: alone, width: frame.width - labelWidth,
      messages: messages)
    let items = strategy.scoreItems.count
    // Rows everything takes: the title, the table, the detail and the summary, with `blank` rows
    // between them and `spacing` rows from one item to the next.
    let rows = { (detailRows: Int, spacing: Int, blank: Int) in
      2 + items * spacing - (spacing - 1) + detailRows
        + summary.reduce(0) { $0 + $1.lines.count } + 3 * blank
    }
    var discussLines = detail?.discussion.count ?? 0
    let compactDetail = { (lines: Int) in detail?.rows(barHeight: 1, discussLines: lines) ?? 0 }
    // Too little room: the blank rows go first, then each summary list keeps its first line, then
    // the discussion its first.
    let blank = rows(compactDetail(discussLines), 1, 1) <= frame.height ? 1 : 0
    while rows(compactDetail(discussLines), 1, blank) > frame.height,
      let index = summary.lastIndex(where: { $0.lines.count > 1 })
    {
      summary[index].lines.removeLast()
      summary[index].cut = true
    }
    while rows(compactDetail(discussLines), 1, blank) > frame.height, discussLines > 1 {
      discussLines -= 1
    }
    // Spare rows: taller bars first (up to four rows each), then a blank row between items.
    var barHeight = 1
    while barHeight < 4,
      rows(detail?.rows(barHeight: barHeight + 1, discussLines: discussLines) ?? 0, 1, blank)
        <= frame.height
    {
      barHeight += 1
    }
    let detailRows = detail?.rows(barHeight: barHeight, discussLines: discussLines) ?? 0
    let spacing = rows(detailRows, 2, blank) <= frame.height ? 2 : 1

    let table = ResultsTable(
      width: frame.width, longestTitle: strategy.scoreItems.map(\.title.displayWidth).max() ?? 0,
      alone: alone, compared: compared, messages: messages)
    var row = frame.top + 1 + blank
    table.put(table.headings, row: row, left: left, style: .heading, into: &buffer)
    row += 1
    for (index, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let selected = index == selection
      let style = buffer.startListRow(
        row: row, column: left, width: frame.width, selected: selected)
      let change = changes[item.id]
      table.put(
        table.cells(
          item, result, answer: session.participants.first?.scores[item.id], change: change),
        row: row, left: left, style: style, into: &buffer,
        splitStyle: selected || !result.needsDiscussion ? style : .warning,
        thenStyle: selected ? style : change?.style)
      row += spacing
    }
    row += 1 + blank - spacing
    detail?.draw(barHeight: barHeight, discussLines: discussLines, row: row, into: &buffer)
    row += detailRows + blank
    for list in summary {
      buffer.put(list.label, row: row, column: left, style: list.style)
      for (index, line) in list.lines.enumerated() {
        let last = index == list.lines.count - 1
        let shown =
          last && list.cut ? (line + " …").truncated(to: frame.width - labelWidth) : line
        buffer.put(shown, row: row, column: left + labelWidth)
        row += 1
      }
    }
  }

  /// One list of the strategy summary, wrapped to the width; `cut` when lines were left out.
  private struct SummaryList {
    let label: String
    let style: TextStyle
    var lines: [String]
    var cut = false
  }

  private static func summaryLines(
    _ analysis: ScoreAnalysis, strategy: Strategy, alone: Bool, width: Int, messages: Messages
  ) -> [SummaryList] {
    func titles(_ ids: [String]) -> [String] {
      let names = ids.compactMap { strategy.scoreItem(id: $0)?.title }
      return wrap(
        names.isEmpty ? messages(.stepsSummaryNone) : names.joined(separator: ", "), width: width)
    }
    var lists = [
      SummaryList(
        label: messages(.stepsSummaryStrengths), style: .good, lines: titles(analysis.strengths)),
      SummaryList(
        label: messages(.stepsSummaryChallenges), style: .bad, lines: titles(analysis.challenges)),
    ]
    // One voice cannot split.
    if !alone {
      lists.append(
        SummaryList(
          label: messages(.stepsSummaryDisputed), style: .warning, lines: titles(analysis.disputed))
      )
    }
    return lists
  }

  /// One block per score, its height the share of the most common score; "·" for none.
  static func sparkline(_ distribution: [Int]) -> String {
    ResultsTable(width: 0, longestTitle: 0, alone: false).distribution(distribution)
  }

  /// 3.333… → "3.3", rounding half up.
  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// A median: whole as "3", a half as "2.5".
  static func figure(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : oneDecimal(value)
  }
}
