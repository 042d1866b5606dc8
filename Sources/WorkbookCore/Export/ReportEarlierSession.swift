/// The parts of the report about the earlier session a session is based on: what moved since,
/// and what became of the earlier plan.
extension Report {
  static func comparison(_ comparison: SessionComparison) -> [ReportBlock] {
    let earlier = comparison.earlier
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: "Compared with the earlier session"),
      .bulletList([
        [
          .strong("Earlier session:"),
          .text("\(earlier.title) (\(day(of: earlier.createdAt)), \(earlier.id))"),
        ],
        [
          .strong("Content versions:"),
          .text("\(earlier.contentVersion) then, \(comparison.later.contentVersion) now"),
        ],
      ]),
    ]
    if comparison.laterHidden {
      blocks.append(
        .paragraph([
          .emphasis("The scores are not revealed yet, so nothing is compared until they are.")
        ]))
    }
    if comparison.earlierHidden {
      blocks.append(
        .paragraph([
          .emphasis("The earlier session's scores were never revealed, so it has no figures.")
        ]))
    }
    guard !comparison.items.isEmpty else { return blocks }
    let rows = comparison.items.map { item in
      [
        item.title, number(item.then?.mean), number(item.now?.mean),
        item.then?.agreement?.label ?? "", item.now?.agreement?.label ?? "", item.changeText,
      ]
    }
    blocks.append(
      .table(
        ReportTable(
          header: ["Item", "Mean then", "Mean now", "Agreement then", "Agreement now", "Change"],
          rows: rows)))
    return blocks
  }

  static func planReview(_ earlier: EarlierSession, session: Session, strategy: Strategy)
    -> [ReportBlock]
  {
    var blocks: [ReportBlock] = [.heading(level: 2, text: "Review of the earlier plan")]
    guard !earlier.snapshot.plan.isEmpty else {
      blocks.append(.paragraph([.emphasis("The earlier session had no plan rows.")]))
      return blocks
    }
    let columns = Array(strategy.plan.columns.prefix(2))
    let rows = earlier.snapshot.plan.enumerated().map { index, row in
      let review = earlier.review(ofRow: row.id)
      let carriedInto = session.plan.firstIndex { $0.carriedFrom == row.id }
      return ["\(index + 1)"] + columns.map { row[$0.id] } + [
        review.outcome.label, review.note, carriedInto.map { "Row \($0 + 1)" } ?? "",
      ]
    }
    blocks.append(
      .table(
        ReportTable(
          header: ["Earlier row"] + columns.map(\.title) + ["Outcome", "Note", "In this plan"],
          rows: rows)))
    return blocks
  }

  private static func number(_ value: Double?) -> String {
    value.map(ExportNumber.text) ?? ""
  }
}
