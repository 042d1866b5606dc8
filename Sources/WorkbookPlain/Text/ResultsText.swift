import WorkbookCore

/// The revealed results in words a screen reader reads well: one sentence per item, then the
/// same figures as a plain table of spaces and digits, then the summary.
enum ResultsText {
  static func lines(session: Session, strategy: Strategy) -> [String] {
    let analysis = ScoreAnalysis(session: session, strategy: strategy)
    let alone = session.participants.count == 1
    let names = session.displayNamesByID()
    let count = strategy.scoreItems.count
    var lines = [alone ? "Your results:" : "Results:"]
    for (index, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let title = "Item \(index + 1) of \(count), \(Shown.field(item.title))"
      if alone {
        let answer = session.participants.first?.scores[item.id]
        let band = result.band.map { ", \($0.label.lowercased()) band" } ?? ""
        lines.append("\(title): \(answer.map(describe) ?? "not answered")\(band).")
        continue
      }
      lines.append(title + ": " + sentence(result, names: names) + ".")
    }
    if !alone {
      lines += [""] + table(analysis, strategy: strategy)
    }
    lines += [""] + summary(analysis, strategy: strategy)
    return lines
  }

  private static func sentence(_ result: ItemResult, names: [String: String]) -> String {
    var parts: [String] = []
    let given = result.distribution.enumerated().filter { $0.element > 0 }
      .map { "\($0.element) gave \($0.offset + 1)" }
    parts.append(
      result.answered == 0
        ? "no scores" : "\(result.answered) scored (\(given.joined(separator: ", ")))")
    if result.dontKnow > 0 { parts.append("\(result.dontKnow) don't know") }
    if result.notApplicable > 0 { parts.append("\(result.notApplicable) not applicable") }
    if result.unanswered > 0 { parts.append("\(result.unanswered) not answered") }
    if let mean = result.mean, let median = result.median, let spread = result.spread {
      parts.append("mean \(oneDecimal(mean)), median \(figure(median)), spread \(spread)")
    }
    if result.tooFewAnswers {
      parts.append("too few scores to read a band")
    } else if let band = result.band {
      parts.append("\(band.label.lowercased()) band")
    }
    if let agreement = result.agreement {
      parts.append(
        agreement == .variance ? "variance: the team split, worth discussing" : "consensus")
    }
    if !result.lowestScorers.isEmpty {
      let low = result.lowestScorers.map { Shown.field(names[$0] ?? $0) }
      let high = result.highestScorers.map { Shown.field(names[$0] ?? $0) }
      parts.append(
        "lowest from \(low.joined(separator: " and ")), highest from "
          + "\(high.joined(separator: " and "))")
    }
    return parts.joined(separator: "; ")
  }

  /// Columns of figures first and the item's title last, so the columns line up whatever the
  /// titles' lengths.
  private static func table(_ analysis: ScoreAnalysis, strategy: Strategy) -> [String] {
    var lines = ["Table of results (the columns 1 to 5 count who gave each score):"]
    let headings = [
      "Item", "1", "2", "3", "4", "5", "Mean", "Median", "Spread", "Band", "Agreement",
    ]
    let widths = [4, 2, 2, 2, 2, 2, 5, 6, 6, 4, 9]
    lines.append(row(headings, widths: widths) + " Title")
    for (index, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let counts = result.distribution.prefix(5).map(String.init)
      let cells =
        ["\(index + 1)"] + counts + Array(repeating: "", count: 5 - counts.count) + [
          result.mean.map(oneDecimal) ?? "-", result.median.map(figure) ?? "-",
          result.spread.map(String.init) ?? "-", result.band?.label ?? "-",
          result.agreement?.label ?? "-",
        ]
      lines.append(row(cells, widths: widths) + " " + Shown.field(item.title))
    }
    return lines
  }

  private static func row(_ cells: [String], widths: [Int]) -> String {
    zip(cells, widths).map { cell, width in
      cell + String(repeating: " ", count: max(1, width + 1 - cell.count))
    }.joined()
  }

  private static func summary(_ analysis: ScoreAnalysis, strategy: Strategy) -> [String] {
    func titles(_ ids: [String]) -> String {
      ids.compactMap { id in strategy.scoreItem(id: id).map { Shown.field($0.title) } }
        .joined(separator: "; ")
    }
    var lines: [String] = []
    lines.append(
      analysis.strengths.isEmpty
        ? "No item is a strength yet (a mean of 4 or more)."
        : "Strengths: \(titles(analysis.strengths)).")
    lines.append(
      analysis.challenges.isEmpty
        ? "No item is a challenge (a mean below 4)." : "Challenges: \(titles(analysis.challenges))."
    )
    if !analysis.disputed.isEmpty {
      lines.append("Where the team split: \(titles(analysis.disputed)).")
    }
    return lines
  }

  static func describe(_ answer: ScoreAnswer) -> String {
    switch answer {
    case .score(let value): String(value)
    case .dontKnow: "don't know"
    case .notApplicable: "not applicable"
    }
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
