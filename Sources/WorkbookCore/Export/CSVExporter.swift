/// The CSV exports: the scores, a row per participant and score item, or the plan's rows.
enum CSVExporter {
  /// Columns `participant,item,score,item_title`: the first three are the format
  /// `workbook scores import` reads. The score is 1–5, "?" (don't know), "na" (not applicable) or
  /// empty (unanswered). Answers to items the content no longer has follow the content's items.
  static func scores(session: Session, strategy: Strategy, encoding: CSVEncoding) -> String {
    let contentItemIDs = Set(strategy.scoreItems.map(\.id))
    var rows: [[String]] = []
    let names = session.displayNamesByID()
    for participant in session.participants {
      let name = names[participant.id] ?? participant.name
      for item in strategy.scoreItems {
        rows.append([name, item.id, participant.scores[item.id]?.token ?? "", item.title])
      }
      for (itemID, answer) in participant.scores.sorted(by: { $0.key < $1.key })
      where !contentItemIDs.contains(itemID) {
        rows.append([name, itemID, answer.token, ""])
      }
    }
    return encoding.table(header: ["participant", "item", "score", "item_title"], rows: rows)
  }

  /// A column per plan column, headed by its title, then the recommendation the row came from.
  static func plan(session: Session, strategy: Strategy, encoding: CSVEncoding) -> String {
    let columns = strategy.plan.columns
    let rows = session.plan.map { row in
      columns.map { row[$0.id] }
        + [row.recommendationID.map { strategy.recommendation(id: $0)?.text ?? $0 } ?? ""]
    }
    return encoding.table(header: columns.map(\.title) + ["From recommendation"], rows: rows)
  }
}
