/// `workbook compare`'s output: a comparison (`SessionComparison`) on its own, as a Markdown
/// report or as JSON. The comparison is built from snapshots, so it already holds nothing a
/// session's privacy keeps back.
public enum ComparisonExporter {
  public static func markdown(_ comparison: SessionComparison) -> String {
    let later = comparison.later
    var blocks: [ReportBlock] = [
      .heading(level: 1, text: "What moved: \(later.title)"),
      .bulletList([
        [.strong("Organization:"), .text(later.organization)],
        [
          .strong("This session:"),
          .text("\(later.title) (\(Report.day(of: later.createdAt)), \(later.id))"),
        ],
      ]),
    ]
    if !comparison.sameStrategy {
      blocks.append(
        .paragraph([
          .emphasis(
            "The sessions assess different strategies (\(comparison.earlier.strategyID) and "
              + "\(later.strategyID)), so no item is compared.")
        ]))
    }
    blocks += Report.comparison(comparison, .english)
    return MarkdownExporter.render(Report(blocks: blocks))
  }

  /// Pretty JSON with sorted keys and a final line break, fields as in docs/export-json.md.
  public static func json(_ comparison: SessionComparison) throws -> String {
    try JSONText.encode(comparison) + "\n"
  }
}
