/// `workbook compare`'s output: a comparison (`SessionComparison`) on its own, as a Markdown
/// report or as JSON. The comparison is built from snapshots, so it already holds nothing a
/// session's privacy keeps back. The Markdown's words are in the language of `messages`.
public enum ComparisonExporter {
  public static func markdown(_ comparison: SessionComparison, messages m: Messages = .english)
    -> String
  {
    let later = comparison.later
    var blocks: [ReportBlock] = [
      .heading(level: 1, text: m(.cliCompareTitle, later.title)),
      .bulletList([
        [.strong(m(.exportFactOrganization)), .text(later.organization)],
        [
          .strong(m(.cliCompareThisSession)),
          .text(
            m(
              .exportEarlierSessionDescription, later.title, Report.day(of: later.createdAt),
              later.id)),
        ],
      ]),
    ]
    if !comparison.sameStrategy {
      blocks.append(
        .paragraph([
          .emphasis(
            m(.cliCompareDifferentStrategies, comparison.earlier.strategyID, later.strategyID))
        ]))
    }
    blocks += Report.comparison(comparison, m)
    return MarkdownExporter.render(Report(blocks: blocks))
  }

  /// Pretty JSON with sorted keys and a final line break, fields as in docs/export-json.md.
  public static func json(_ comparison: SessionComparison) throws -> String {
    try JSONText.encode(comparison) + "\n"
  }
}
