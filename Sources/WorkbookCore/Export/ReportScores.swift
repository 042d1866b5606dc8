/// The scores part of the report: how to read the results, the strategy summary, and per score
/// item a results table and a distribution chart. A solo session's report speaks to its one
/// person: their own score and band per item, without a spread, an agreement or a chart, which
/// say nothing of one voice.
extension Report {
  static func scores(
    session: Session, strategy: Strategy, analysis: ScoreAnalysis, withheld: Bool, _ m: Messages
  ) -> [ReportBlock] {
    let scale = strategy.scale
    let solo = session.mode == .solo
    let reading =
      solo
      ? m(.exportScoresReadingSolo, scale.minimum, scale.maximum, scale.highFrom)
      : m(.exportScoresReadingWorkshop, scale.minimum, scale.maximum, scale.highFrom)
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: solo ? m(.exportHeadingYourScores) : m(.exportHeadingScores)),
      .paragraph([.text(reading)]),
    ]
    let finished = session.participants.count(where: \.finishedScoring)
    if withheld {
      blocks.append(
        .paragraph([.emphasis(m(.exportScoresWithheld, finished, session.participants.count))]))
      return blocks
    }
    if session.scoresHidden {
      blocks.append(
        .paragraph([
          .emphasis(m(.exportScoresHiddenOnRequest, finished, session.participants.count))
        ]))
    }
    blocks.append(.heading(level: 3, text: m(.exportHeadingSummary)))
    var summary = [
      summaryLine(m(.exportSummaryStrengths), analysis.strengths, strategy, m),
      summaryLine(m(.exportSummaryChallenges), analysis.challenges, strategy, m),
    ]
    if !solo {
      summary.append(summaryLine(m(.exportSummaryDisputed), analysis.disputed, strategy, m))
    }
    blocks.append(.bulletList(summary))
    let names = session.displayNamesByID()
    for item in strategy.scoreItems {
      guard let result = analysis.result(for: item.id) else { continue }
      blocks +=
        solo
        ? ownResult(item, result, answer: session.participants.first?.scores[item.id], m)
        : itemResults(item, result, session: session, names: names, scale: scale, m)
    }
    return blocks
  }

  /// One person's own answer to an item: their score and its band, or what they said instead.
  private static func ownResult(
    _ item: ScoreItem, _ result: ItemResult, answer: ScoreAnswer?, _ m: Messages
  ) -> [ReportBlock] {
    var blocks: [ReportBlock] = [
      .heading(level: 3, text: item.title), .paragraph([.text(item.question)]),
    ]
    switch answer {
    case .score(let value) where result.band != nil:
      blocks.append(
        .table(
          ReportTable(
            header: [m(.exportColumnYourScore), m(.exportColumnBand)],
            rows: [["\(value)", result.band.map { band($0, m) } ?? "—"]])))
    case .dontKnow: blocks.append(.paragraph([.text(m(.exportAnsweredDontKnow))]))
    case .notApplicable: blocks.append(.paragraph([.text(m(.exportAnsweredNotApplicable))]))
    default: blocks.append(.paragraph([notAnswered(m)]))
    }
    return blocks
  }

  private static func summaryLine(
    _ label: String, _ itemIDs: [String], _ strategy: Strategy, _ m: Messages
  ) -> [ReportInline] {
    let titles = itemIDs.map { strategy.scoreItem(id: $0)?.title ?? $0 }
    return [
      .strong(label),
      titles.isEmpty ? .emphasis(m(.exportSummaryNone)) : .text(titles.joined(separator: "; ")),
    ]
  }

  private static func itemResults(
    _ item: ScoreItem, _ result: ItemResult, session: Session, names: [String: String],
    scale: ScoreScale, _ m: Messages
  ) -> [ReportBlock] {
    let counts = ReportBlock.paragraph([
      .text(
        m(
          .exportItemCounts, result.answered, session.participants.count, result.dontKnow,
          result.notApplicable, result.unanswered))
    ])
    var blocks: [ReportBlock] = [
      .heading(level: 3, text: item.title), .paragraph([.text(item.question)]),
    ]
    guard let mean = result.mean, let median = result.median, let spread = result.spread,
      let minimum = result.minimum, let maximum = result.maximum
    else {
      return blocks + [.paragraph([.emphasis(m(.exportNoScores))]), counts]
    }
    let missing = "—"
    let band =
      result.tooFewAnswers
      ? m(.exportTooFewAnswers) : result.band.map { Report.band($0, m) } ?? missing
    let distribution = zip(scale.values, result.distribution)
      .map { "\($0): \($1)" }.joined(separator: " · ")
    blocks.append(
      .table(
        ReportTable(
          header: [
            m(.exportColumnMean), m(.exportColumnMedian), m(.exportColumnSpread),
            m(.exportColumnBand), m(.exportColumnAgreement), m(.exportColumnDistribution),
          ],
          rows: [
            [
              ExportNumber.text(mean), ExportNumber.text(median),
              m(.exportSpreadRange, spread, minimum, maximum), band,
              result.agreement.map { agreement($0, m) } ?? missing,
              distribution,
            ]
          ])))
    blocks.append(counts)
    if !result.lowestScorers.isEmpty {
      blocks.append(
        .paragraph([
          .strong(m(.exportLowest)), .text(list(result.lowestScorers, names) + " (\(minimum))."),
          .strong(m(.exportHighest)), .text(list(result.highestScorers, names) + " (\(maximum))."),
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
