import WorkbookCore

/// The revealed scores: a table of every item, the selected item's distribution drawn in blocks
/// with who to ask about a split, and the strategy summary. Fits 80×24 with four items.
enum ResultsView {
  static func draw(_ workbook: WorkbookState, into buffer: inout ScreenBuffer, frame: ContentFrame)
  {
    let session = workbook.session
    let strategy = workbook.strategy
    let analysis = ScoreAnalysis(session: session, strategy: strategy)
    let left = frame.left
    let finished = session.participants.count(where: \.finishedScoring)
    let used = buffer.put("Results", row: frame.top, column: left, style: .heading)
    if session.mode == .workshop {
      buffer.put(
        "  ·  \(finished) of \(session.participants.count) scored", row: frame.top,
        column: left + used, style: .muted)
    }

    let table = Table(
      width: frame.width, longestTitle: strategy.scoreItems.map(\.title.displayWidth).max() ?? 0)
    var row = frame.top + 2
    table.put(
      ["Item", "1 2 3 4 5", "Mean", "Spread", "Band", "Agreement", ""], row: row, left: left,
      style: .muted, into: &buffer)
    row += 1
    let selection = min(workbook.scores.resultSelection, strategy.scoreItems.count - 1)
    for (index, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let selected = index == selection
      let style: TextStyle = selected ? .selected : .normal
      if selected { buffer.fill(row: row, column: left, width: frame.width, style: style) }
      buffer.put(selected ? "▸" : " ", row: row, column: left, style: style)
      table.put(
        [
          item.title, sparkline(result.distribution), result.mean.map(oneDecimal) ?? "–",
          result.spread.map(String.init) ?? "–", result.band?.label ?? "–",
          result.agreement?.label ?? (result.tooFewAnswers ? "too few" : "–"),
          result.needsDiscussion ? "discuss" : "",
        ], row: row, left: left, style: style, into: &buffer,
        lastStyle: selected ? .selected : .warning)
      row += 1
    }

    row += 1
    if let item = strategy.scoreItems[safe: selection], let result = analysis.result(for: item.id) {
      row = drawDetail(
        item, result, session: session, scale: strategy.scale, row: row, into: &buffer,
        frame: frame)
    }
    drawSummary(
      analysis, strategy: strategy, row: min(row + 1, frame.bottom - 3), into: &buffer,
      frame: frame)
  }

  private static func drawDetail(
    _ item: ScoreItem, _ result: ItemResult, session: Session, scale: ScoreScale, row start: Int,
    into buffer: inout ScreenBuffer, frame: ContentFrame
  ) -> Int {
    var row = start
    let left = frame.left
    buffer.put(item.title.truncated(to: frame.width), row: row, column: left, style: .heading)
    row += 1
    let most = result.distribution.max() ?? 0
    // Whole blocks per person, so a bar's length can be counted.
    let unit = most == 0 ? 1 : max(1, min(6, 30 / most))
    for (offset, count) in result.distribution.enumerated() {
      let value = scale.minimum + offset
      buffer.put("\(value)", row: row, column: left + 2, style: .accent)
      let bar = String(repeating: "█", count: count * unit)
      let used = buffer.put(
        bar, row: row, column: left + 5, style: value >= scale.highFrom ? .good : .bad)
      buffer.put(
        count == 0 ? "·" : "\(count)", row: row, column: left + 5 + used + (count == 0 ? 0 : 1),
        style: .muted)
      row += 1
    }
    var counts = "don't know \(result.dontKnow)  ·  not applicable \(result.notApplicable)"
    if result.unanswered > 0 { counts += "  ·  not answered \(result.unanswered)" }
    buffer.put(counts.truncated(to: frame.width - 2), row: row, column: left + 2, style: .muted)
    row += 1
    if result.needsDiscussion {
      var text = "Discuss: the team split"
      if !result.lowestScorers.isEmpty, let low = result.minimum, let high = result.maximum {
        text +=
          ". Lowest \(names(result.lowestScorers, in: session)) (\(low)), "
          + "highest \(names(result.highestScorers, in: session)) (\(high))"
      }
      buffer.put(
        (text + ".").truncated(to: frame.width - 2), row: row, column: left + 2, style: .warning)
      row += 1
    }
    return row
  }

  private static func drawSummary(
    _ analysis: ScoreAnalysis, strategy: Strategy, row top: Int, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    func titles(_ ids: [String]) -> String {
      let names = ids.compactMap { strategy.scoreItem(id: $0)?.title }
      return names.isEmpty ? "none" : names.joined(separator: ", ")
    }
    let lines: [(String, String, TextStyle)] = [
      ("Strengths", titles(analysis.strengths), .good),
      ("Challenges", titles(analysis.challenges), .bad),
      ("To discuss", titles(analysis.disputed), .warning),
    ]
    // Each list takes a second line when it is long and the screen has room to spare.
    var spare = frame.bottom - top - lines.count
    var row = top
    for (label, text, style) in lines {
      buffer.put(label, row: row, column: frame.left, style: style)
      var wrapped = wrap(text, width: frame.width - 14)
      if wrapped.count > 1, spare > 0 {
        spare -= 1
        wrapped = [wrapped[0], wrapped[1...].joined(separator: " ")]
      } else {
        wrapped = [text]
      }
      for line in wrapped {
        buffer.put(line.truncated(to: frame.width - 14), row: row, column: frame.left + 14)
        row += 1
      }
    }
  }

  private static func names(_ ids: [String], in session: Session) -> String {
    ids.compactMap { id in session.participants.first { $0.id == id }.map(session.displayName) }
      .joined(separator: ", ")
  }

  /// One block per score, its height the share of the most common score; "·" for none.
  static func sparkline(_ distribution: [Int]) -> String {
    let levels = Array("▁▂▃▄▅▆▇█")
    let most = distribution.max() ?? 0
    return distribution.map { count in
      guard count > 0, most > 0 else { return "·" }
      return String(levels[(count * levels.count + most - 1) / most - 1])
    }.joined(separator: " ")
  }

  /// 3.333… → "3.3", rounding half up.
  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// The table's columns: the item's title as wide as the longest (or what the others leave), and
  /// the gaps narrowed to one column when that lets the longest title show whole.
  private struct Table {
    let widths: [Int]
    let gap: Int

    init(width: Int, longestTitle: Int) {
      let fixed = [9, 4, 6, 4, 9, 7]
      let room = width - 2 - fixed.reduce(0, +)
      gap = room - 2 * fixed.count >= longestTitle ? 2 : 1
      widths = [max(10, min(longestTitle, room - gap * fixed.count))] + fixed
    }

    func put(
      _ texts: [String], row: Int, left: Int, style: TextStyle, into buffer: inout ScreenBuffer,
      lastStyle: TextStyle? = nil
    ) {
      var column = left + 2
      for (index, (text, width)) in zip(texts, widths).enumerated() {
        let shown = text.truncated(to: width)
        // Numbers are right-aligned so they line up.
        let numeric = index == 2 || index == 3
        let x = numeric ? column + width - shown.displayWidth : column
        let cellStyle = index == widths.count - 1 ? (lastStyle ?? style) : style
        buffer.put(shown, row: row, column: x, style: cellStyle)
        column += width + gap
      }
    }
  }
}
