/// `workbook summary`'s output: an `OrganizationsSummary` as a Markdown report, a CSV table or
/// JSON. It prints only what the summary holds, which is already fit to post publicly.
public enum SummaryExporter {
  /// The Markdown report, its words in the language of `messages` (the CSV and JSON are data,
  /// in English).
  public static func markdown(_ summary: OrganizationsSummary, messages m: Messages = .english)
    -> String
  {
    var blocks: [ReportBlock] = [
      .heading(level: 1, text: m(.cliSummaryTitle, summary.strategyTitle)),
      .bulletList(
        [
          [.strong(m(.cliSummaryOrganizationsCounted)), .text("\(summary.organizations)")],
          [.strong(m(.cliSummarySessionsRead)), .text("\(summary.sessionsRead)")],
        ] + leftOutLines(summary.leftOut, m).map { [.strong(m(.cliSummaryLeftOut)), .text($0)] }),
      .paragraph([.text(m(.cliSummaryRule, summary.minimum))]),
    ]
    if summary.withheld {
      blocks.append(.paragraph([.emphasis(m(.cliSummaryWithheld, summary.minimum))]))
      return MarkdownExporter.render(Report(blocks: blocks))
    }
    blocks.append(.heading(level: 2, text: m(.cliSummaryHeadingItems)))
    blocks.append(.paragraph([.text(m(.cliSummaryItemsReading))]))
    blocks.append(
      .table(
        ReportTable(
          header: [
            m(.cliSummaryColumnItem), m(.cliSummaryColumnOrganizations),
            m(.cliSummaryColumnMedianOfMeans),
          ]
            + OrganizationsSummary.meanBands.map { m(.cliSummaryColumnMeansInBand, $0) }
            + [m(.cliSummaryColumnSplit)],
          rows: summary.items.map { itemRow($0, minimum: summary.minimum, m) })))
    blocks.append(.heading(level: 2, text: m(.cliSummaryHeadingRecommendations)))
    for (title, counts) in [
      (m(.cliSummaryMostOftenTryNext), summary.tryNext),
      (m(.cliSummaryMostOftenAlreadyDoing), summary.alreadyDoing),
    ] {
      blocks.append(.heading(level: 3, text: title))
      if counts.isEmpty {
        blocks.append(.paragraph([.emphasis(m(.cliSummaryNoneMarked))]))
      } else {
        blocks.append(
          .table(
            ReportTable(
              header: [m(.cliSummaryColumnRecommendation), m(.cliSummaryColumnOrganizations)],
              rows: counts.map { [$0.text, "\($0.organizations)"] })))
      }
    }
    blocks.append(.heading(level: 2, text: m(.cliSummaryHeadingPlanThemes)))
    blocks.append(
      .table(
        ReportTable(
          header: [
            m(.cliSummaryColumnTheme), m(.cliSummaryColumnOrganizations),
            m(.cliSummaryColumnPlanRows),
          ],
          rows: summary.planThemes.map { [$0.title, "\($0.organizations)", "\($0.rows)"] })))
    return MarkdownExporter.render(Report(blocks: blocks))
  }

  /// One long table, `section,id,title,measure,value`, so that every figure has a row of its
  /// own: `organizations` sections first, then `item`, `try-next`, `already-doing` and
  /// `plan-theme`. On standard output each value is shown escaped (see `CSVEncoding`).
  public static func csv(_ summary: OrganizationsSummary, destination: ExportDestination)
    -> String
  {
    var rows: [[String]] = [
      ["summary", summary.strategyID, summary.strategyTitle, "minimum", "\(summary.minimum)"],
      [
        "summary", summary.strategyID, summary.strategyTitle, "organizations",
        "\(summary.organizations)",
      ],
      [
        "summary", summary.strategyID, summary.strategyTitle, "sessions-read",
        "\(summary.sessionsRead)",
      ],
    ]
    let leftOut = summary.leftOut
    for (measure, count) in [
      ("left-out-not-revealed", leftOut.notRevealed),
      ("left-out-no-organization", leftOut.noOrganization),
      ("left-out-other-strategy", leftOut.otherStrategy),
      ("left-out-superseded", leftOut.superseded),
    ] {
      rows.append(["summary", summary.strategyID, summary.strategyTitle, measure, "\(count)"])
    }
    for item in summary.items {
      let cells = ["item", item.itemID, item.title]
      guard let organizations = item.organizations, !item.withheld else {
        rows.append(cells + ["withheld", "fewer than \(summary.minimum) organizations"])
        continue
      }
      rows.append(cells + ["organizations", "\(organizations)"])
      if let median = item.medianOfMeans {
        rows.append(cells + ["median-of-means", ExportNumber.text(median)])
      }
      for (band, count) in zip(OrganizationsSummary.meanBands, item.meansInBands ?? []) {
        rows.append(cells + ["means \(band)", "\(count)"])
      }
      if let split = item.split { rows.append(cells + ["split", "\(split)"]) }
    }
    for (section, counts) in [
      ("try-next", summary.tryNext), ("already-doing", summary.alreadyDoing),
    ] {
      for count in counts {
        rows.append(
          [section, count.recommendationID, count.text, "organizations", "\(count.organizations)"])
      }
    }
    for theme in summary.planThemes {
      rows.append([
        "plan-theme", theme.themeID, theme.title, "organizations", "\(theme.organizations)",
      ])
      rows.append(["plan-theme", theme.themeID, theme.title, "rows", "\(theme.rows)"])
    }
    var encoding = CSVEncoding()
    encoding.destination = destination
    return encoding.table(header: ["section", "id", "title", "measure", "value"], rows: rows)
  }

  public static func json(_ summary: OrganizationsSummary) throws -> String {
    try JSONText.encode(summary) + "\n"
  }

  private static func itemRow(
    _ item: OrganizationsSummary.ItemSummary, minimum: Int, _ m: Messages
  ) -> [String] {
    guard !item.withheld else {
      return [item.title, m(.cliSummaryFewerThan, minimum), m(.cliSummaryWithheldCell)]
    }
    return [
      item.title, item.organizations.map { "\($0)" } ?? "",
      item.medianOfMeans.map(ExportNumber.text) ?? "",
    ]
      + (item.meansInBands ?? []).map { "\($0)" } + [item.split.map { "\($0)" } ?? ""]
  }

  private static func leftOutLines(_ leftOut: OrganizationsSummary.LeftOut, _ m: Messages)
    -> [String]
  {
    [
      (leftOut.notRevealed, MessageKey.cliSummaryLeftOutNotRevealed),
      (leftOut.noOrganization, .cliSummaryLeftOutNoOrganization),
      (leftOut.otherStrategy, .cliSummaryLeftOutOtherStrategy),
      (leftOut.superseded, .cliSummaryLeftOutSuperseded),
    ]
    .filter { $0.0 > 0 }
    .map { m($0.1, $0.0) }
  }
}
