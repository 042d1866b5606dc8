import WorkbookCore

/// The revealed results in words a screen reader reads well: one sentence per item, then the
/// same figures as a plain table of spaces and digits, then the summary.
enum ResultsText {
  static func lines(session: Session, strategy: Strategy, messages: Messages) -> [String] {
    let analysis = ScoreAnalysis(session: session, strategy: strategy)
    let alone = session.participants.count == 1
    let names = session.displayNamesByID()
    let count = strategy.scoreItems.count
    var lines = [alone ? messages(.plainResultsSolo) : messages(.plainResults)]
    for (index, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let title = Shown.field(item.title)
      if alone {
        let answer = messages.answer(session.participants.first?.scores[item.id])
        let key: MessageKey =
          switch result.band {
          case .high?: .plainResultSoloHigh
          case .low?: .plainResultSoloLow
          case nil: .plainResultItem
          }
        lines.append(messages(key, index + 1, count, title, answer))
        continue
      }
      lines.append(
        messages(
          .plainResultItem, index + 1, count, title,
          sentence(result, names: names, messages: messages)))
    }
    if !alone {
      lines += [""] + table(analysis, strategy: strategy, messages: messages)
    }
    lines += [""] + summary(analysis, strategy: strategy, messages: messages)
    return lines
  }

  private static func sentence(_ result: ItemResult, names: [String: String], messages: Messages)
    -> String
  {
    var parts: [String] = []
    let given = result.distribution.enumerated().filter { $0.element > 0 }
      .map { messages(.plainResultGave, $0.element, $0.offset + 1) }
    parts.append(
      result.answered == 0
        ? messages(.plainResultNoScores)
        : messages(.plainResultScored, result.answered, given.joined(separator: ", ")))
    if result.dontKnow > 0 { parts.append(messages(.plainResultDontKnow, result.dontKnow)) }
    if result.notApplicable > 0 {
      parts.append(messages(.plainResultNotApplicable, result.notApplicable))
    }
    if result.unanswered > 0 { parts.append(messages(.plainResultNotAnswered, result.unanswered)) }
    if let mean = result.mean, let median = result.median, let spread = result.spread {
      parts.append(messages(.plainResultFigures, oneDecimal(mean), figure(median), spread))
    }
    if result.tooFewAnswers {
      parts.append(messages(.plainResultTooFew))
    } else if let band = result.band {
      parts.append(band == .high ? messages(.plainResultHigh) : messages(.plainResultLow))
    }
    if let agreement = result.agreement {
      parts.append(
        agreement == .variance
          ? messages(.plainResultVariance) : messages(.plainResultConsensus))
    }
    if !result.lowestScorers.isEmpty {
      let low = result.lowestScorers.map { Shown.field(names[$0] ?? $0) }
      let high = result.highestScorers.map { Shown.field(names[$0] ?? $0) }
      parts.append(
        messages(
          .plainResultLowestHighest, messages.joinedWithAnd(low), messages.joinedWithAnd(high)))
    }
    return messages.joinedWithSemicolons(parts)
  }

  /// Columns of figures first and the item's title last, so the columns line up whatever the
  /// titles' lengths. A column is as wide as its widest heading or cell, and never narrower than
  /// the English table's.
  private static func table(_ analysis: ScoreAnalysis, strategy: Strategy, messages: Messages)
    -> [String]
  {
    let headings = [
      messages(.plainTableItem), "1", "2", "3", "4", "5", messages(.plainTableMean),
      messages(.plainTableMedian), messages(.plainTableSpread), messages(.plainTableBand),
      messages(.plainTableAgreement),
    ]
    var rows: [(cells: [String], title: String)] = []
    for (index, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let counts = result.distribution.prefix(5).map(String.init)
      let cells =
        ["\(index + 1)"] + counts + Array(repeating: "", count: 5 - counts.count) + [
          result.mean.map(oneDecimal) ?? "-", result.median.map(figure) ?? "-",
          result.spread.map(String.init) ?? "-", result.band.map(messages.band) ?? "-",
          result.agreement.map(messages.agreement) ?? "-",
        ]
      rows.append((cells, Shown.field(item.title)))
    }
    var widths = [4, 2, 2, 2, 2, 2, 5, 6, 6, 4, 9]
    for cells in [headings] + rows.map(\.cells) {
      for (column, cell) in cells.enumerated() { widths[column] = max(widths[column], cell.count) }
    }
    return [
      messages(.plainTableHeading),
      row(headings, widths: widths) + " " + messages(.plainTableTitle),
    ] + rows.map { row($0.cells, widths: widths) + " " + $0.title }
  }

  private static func row(_ cells: [String], widths: [Int]) -> String {
    zip(cells, widths).map { cell, width in
      cell + String(repeating: " ", count: max(1, width + 1 - cell.count))
    }.joined()
  }

  private static func summary(_ analysis: ScoreAnalysis, strategy: Strategy, messages: Messages)
    -> [String]
  {
    func titles(_ ids: [String]) -> String {
      messages.joinedWithSemicolons(
        ids.compactMap { id in strategy.scoreItem(id: id).map { Shown.field($0.title) } })
    }
    var lines: [String] = []
    lines.append(
      analysis.strengths.isEmpty
        ? messages(.plainNoStrengths) : messages(.plainStrengths, titles(analysis.strengths)))
    lines.append(
      analysis.challenges.isEmpty
        ? messages(.plainNoChallenges) : messages(.plainChallenges, titles(analysis.challenges)))
    if !analysis.disputed.isEmpty {
      lines.append(messages(.plainSplit, titles(analysis.disputed)))
    }
    return lines
  }

  static func oneDecimal(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }

  /// A median: whole as "3", a half as "2.5".
  static func figure(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : oneDecimal(value)
  }
}
