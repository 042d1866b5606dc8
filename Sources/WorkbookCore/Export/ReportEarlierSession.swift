/// The parts of the report about the earlier session a session is based on: what moved since,
/// and what became of the earlier plan.
extension Report {
  static func comparison(_ comparison: SessionComparison, _ m: Messages) -> [ReportBlock] {
    let earlier = comparison.earlier
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: m(.exportHeadingComparison)),
      .bulletList([
        [
          .strong(m(.exportEarlierSession)),
          .text(
            m(
              .exportEarlierSessionDescription, earlier.title, day(of: earlier.createdAt),
              earlier.id)),
        ],
        [
          .strong(m(.exportContentVersions)),
          .text(
            m(
              .exportContentVersionsThenNow, earlier.contentVersion, comparison.later.contentVersion
            )),
        ],
      ]),
    ]
    if comparison.laterHidden {
      blocks.append(
        .paragraph([.emphasis(m(.exportComparisonLaterHidden))]))
    }
    if comparison.earlierHidden {
      blocks.append(
        .paragraph([.emphasis(m(.exportComparisonEarlierHidden))]))
    }
    guard !comparison.items.isEmpty else { return blocks }
    let rows = comparison.items.map { item in
      [
        item.title, number(item.then?.mean), number(item.now?.mean),
        item.then?.agreement.map { agreement($0, m) } ?? "",
        item.now?.agreement.map { agreement($0, m) } ?? "", change(item, m),
      ]
    }
    blocks.append(
      .table(
        ReportTable(
          header: [
            m(.exportColumnItem), m(.exportColumnMeanThen), m(.exportColumnMeanNow),
            m(.exportColumnAgreementThen), m(.exportColumnAgreementNow), m(.exportColumnChange),
          ],
          rows: rows)))
    return blocks
  }

  static func planReview(
    _ earlier: EarlierSession, session: Session, strategy: Strategy, _ m: Messages
  ) -> [ReportBlock] {
    var blocks: [ReportBlock] = [.heading(level: 2, text: m(.exportHeadingPlanReview))]
    guard !earlier.snapshot.plan.isEmpty else {
      blocks.append(.paragraph([.emphasis(m(.exportEarlierPlanEmpty))]))
      return blocks
    }
    let columns = Array(strategy.plan.columns.prefix(2))
    let rows = earlier.snapshot.plan.enumerated().map { index, row in
      let review = earlier.review(ofRow: row.id)
      let carriedInto = session.plan.firstIndex { $0.carriedFrom == row.id }
      return ["\(index + 1)"] + columns.map { row[$0.id] } + [
        outcome(review.outcome, m), review.note,
        carriedInto.map { m(.exportRowNumber, $0 + 1) } ?? "",
      ]
    }
    blocks.append(
      .table(
        ReportTable(
          header: [m(.exportColumnEarlierRow)] + columns.map(\.title) + [
            m(.exportColumnOutcome), m(.exportColumnNote), m(.exportColumnInThisPlan),
          ],
          rows: rows)))
    return blocks
  }

  private static func number(_ value: Double?) -> String {
    value.map(ExportNumber.text) ?? ""
  }
}
