/// The scores part of the report: how to read the results, the strategy summary, and per score
/// item a results table and a distribution chart. A solo session's report speaks to its one
/// person: their own score and band per item, without a spread, an agreement or a chart, which
/// say nothing of one voice.
extension Report {
  static func scores(
    session: Session, strategy: Strategy, analysis: ScoreAnalysis, withheld: Bool
  ) -> [ReportBlock] {
    let scale = strategy.scale
    let solo = session.mode == .solo
    let reading =
      solo
      ? "You scored each item from \(scale.minimum) (lowest) to \(scale.maximum) (highest), or "
        + "said you don't know or that it does not apply. A score of \(scale.highFrom) or more "
        + "is high, below \(scale.highFrom) low."
      : "Each participant scored each item from \(scale.minimum) (lowest) to \(scale.maximum) "
        + "(highest), or said they don't know or that it does not apply. A mean of "
        + "\(scale.highFrom) or more is high, below \(scale.highFrom) low. The spread is the "
        + "highest score minus the lowest: 0 or 1 is consensus, 2 or more is variance, where "
        + "the team's views differ and the talk is."
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: solo ? "Your scores" : "Scores"), .paragraph([.text(reading)]),
    ]
    let finished = session.participants.count(where: \.finishedScoring)
    if withheld {
      blocks.append(
        .paragraph([
          .emphasis(
            "The scores are not revealed yet: \(finished) of \(session.participants.count) "
              + "participants have finished scoring, and the facilitator reveals the scores when "
              + "everyone has.")
        ]))
      return blocks
    }
    if session.scoresHidden {
      blocks.append(
        .paragraph([
          .emphasis(
            "These scores are not revealed yet (\(finished) of \(session.participants.count) "
              + "participants have finished scoring); they were exported on request.")
        ]))
    }
    blocks.append(.heading(level: 3, text: "Summary"))
    var summary = [
      summaryLine("Strengths (high):", analysis.strengths, strategy),
      summaryLine("Challenges (low):", analysis.challenges, strategy),
    ]
    if !solo { summary.append(summaryLine("Where views vary:", analysis.disputed, strategy)) }
    blocks.append(.bulletList(summary))
    let names = session.displayNamesByID()
    for item in strategy.scoreItems {
      guard let result = analysis.result(for: item.id) else { continue }
      blocks +=
        solo
        ? ownResult(item, result, answer: session.participants.first?.scores[item.id])
        : itemResults(item, result, session: session, names: names, scale: scale)
    }
    return blocks
  }

  /// One person's own answer to an item: their score and its band, or what they said instead.
  private static func ownResult(_ item: ScoreItem, _ result: ItemResult, answer: ScoreAnswer?)
    -> [ReportBlock]
  {
    var blocks: [ReportBlock] = [
      .heading(level: 3, text: item.title), .paragraph([.text(item.question)]),
    ]
    switch answer {
    case .score(let value) where result.band != nil:
      blocks.append(
        .table(
          ReportTable(
            header: ["Your score", "Band"], rows: [["\(value)", result.band?.label ?? "—"]])))
    case .dontKnow: blocks.append(.paragraph([.text("You answered don't know.")]))
    case .notApplicable: blocks.append(.paragraph([.text("You answered not applicable.")]))
    default: blocks.append(.paragraph([notAnswered]))
    }
    return blocks
  }

  private static func summaryLine(_ label: String, _ itemIDs: [String], _ strategy: Strategy)
    -> [ReportInline]
  {
    let titles = itemIDs.map { strategy.scoreItem(id: $0)?.title ?? $0 }
    return [
      .strong(label), titles.isEmpty ? .emphasis("none") : .text(titles.joined(separator: "; ")),
    ]
  }

  private static func itemResults(
    _ item: ScoreItem, _ result: ItemResult, session: Session, names: [String: String],
    scale: ScoreScale
  ) -> [ReportBlock] {
    let counts = ReportBlock.paragraph([
      .text(
        "Scored by \(result.answered) of \(session.participants.count); don't know: "
          + "\(result.dontKnow); not applicable: \(result.notApplicable); unanswered: "
          + "\(result.unanswered).")
    ])
    var blocks: [ReportBlock] = [
      .heading(level: 3, text: item.title), .paragraph([.text(item.question)]),
    ]
    guard let mean = result.mean, let median = result.median, let spread = result.spread,
      let minimum = result.minimum, let maximum = result.maximum
    else {
      return blocks + [.paragraph([.emphasis("No scores yet.")]), counts]
    }
    let missing = "—"
    let band = result.tooFewAnswers ? "Too few answers" : result.band?.label ?? missing
    let distribution = zip(scale.values, result.distribution)
      .map { "\($0): \($1)" }.joined(separator: " · ")
    blocks.append(
      .table(
        ReportTable(
          header: ["Mean", "Median", "Spread", "Band", "Agreement", "Distribution"],
          rows: [
            [
              ExportNumber.text(mean), ExportNumber.text(median),
              "\(spread) (\(minimum) to \(maximum))", band, result.agreement?.label ?? missing,
              distribution,
            ]
          ])))
    blocks.append(counts)
    if !result.lowestScorers.isEmpty {
      blocks.append(
        .paragraph([
          .strong("Lowest:"), .text(list(result.lowestScorers, names) + " (\(minimum))."),
          .strong("Highest:"), .text(list(result.highestScorers, names) + " (\(maximum))."),
        ]))
    }
    blocks.append(.preformatted(DistributionChart.lines(scale: scale, counts: result.distribution)))
    return blocks
  }

  /// The participants' shown names, by their ids.
  private static func list(_ participantIDs: [String], _ names: [String: String]) -> String {
    participantIDs.map { names[$0] ?? $0 }.joined(separator: ", ")
  }
}
