/// `workbook summary`'s output: an `OrganizationsSummary` as a Markdown report, a CSV table or
/// JSON. It prints only what the summary holds, which is already fit to post publicly.
public enum SummaryExporter {
  public static func markdown(_ summary: OrganizationsSummary) -> String {
    var blocks: [ReportBlock] = [
      .heading(level: 1, text: "Across organizations: \(summary.strategyTitle)"),
      .bulletList(
        [
          [.strong("Organizations counted:"), .text("\(summary.organizations)")],
          [.strong("Sessions read:"), .text("\(summary.sessionsRead)")],
        ] + leftOutLines(summary.leftOut).map { [.strong("Left out:"), .text($0)] }),
      .paragraph([
        .text(
          "Each organization counts once, with its latest session whose scores are revealed. "
            + "No figure about fewer than \(summary.minimum) organizations is shown, and no "
            + "person's name or score.")
      ]),
    ]
    if summary.withheld {
      blocks.append(
        .paragraph([
          .emphasis(
            "Fewer than \(summary.minimum) organizations are counted, so nothing more is shown.")
        ]))
      return MarkdownExporter.render(Report(blocks: blocks))
    }
    blocks.append(.heading(level: 2, text: "Score items"))
    blocks.append(
      .paragraph([
        .text(
          "Per item: how many organizations' teams scored it, the median of their means, how "
            + "many organizations' means fall in each band, and how many teams split (scores two "
            + "or more steps apart).")
      ]))
    blocks.append(
      .table(
        ReportTable(
          header: ["Item", "Organizations", "Median of means"]
            + OrganizationsSummary.meanBands.map { "Means \($0)" } + ["Split"],
          rows: summary.items.map { itemRow($0, minimum: summary.minimum) })))
    blocks.append(.heading(level: 2, text: "Recommendations"))
    for (title, counts) in [
      ("Most often marked “try next”", summary.tryNext),
      ("Most often marked “already doing”", summary.alreadyDoing),
    ] {
      blocks.append(.heading(level: 3, text: title))
      if counts.isEmpty {
        blocks.append(.paragraph([.emphasis("None marked.")]))
      } else {
        blocks.append(
          .table(
            ReportTable(
              header: ["Recommendation", "Organizations"],
              rows: counts.map { [$0.text, "\($0.organizations)"] })))
      }
    }
    blocks.append(.heading(level: 2, text: "Plan themes"))
    blocks.append(
      .table(
        ReportTable(
          header: ["Theme", "Organizations", "Plan rows"],
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

  private static func itemRow(_ item: OrganizationsSummary.ItemSummary, minimum: Int)
    -> [String]
  {
    guard !item.withheld else {
      return [item.title, "fewer than \(minimum)", "withheld"]
    }
    return [
      item.title, item.organizations.map { "\($0)" } ?? "",
      item.medianOfMeans.map(ExportNumber.text) ?? "",
    ]
      + (item.meansInBands ?? []).map { "\($0)" } + [item.split.map { "\($0)" } ?? ""]
  }

  private static func leftOutLines(_ leftOut: OrganizationsSummary.LeftOut) -> [String] {
    [
      (leftOut.notRevealed, "scores not revealed"),
      (leftOut.noOrganization, "no organization given"),
      (leftOut.otherStrategy, "another strategy"),
      (leftOut.superseded, "an earlier session of an organization counted with a later one"),
    ]
    .filter { $0.0 > 0 }
    .map { "\($0.0) \($0.0 == 1 ? "session" : "sessions"): \($0.1)" }
  }
}
