/// The CSV exports: the scores, a row per participant and score item, or the plan's rows.
enum CSVExporter {
  /// Columns `participant,item,score,item_title,item_origin,licence`: the first three are the
  /// format `workbook scores import` reads. The score is 1–5, "?" (don't know), "na" (not
  /// applicable) or empty (unanswered). Answers to items the content no longer has follow the
  /// content's items. A table has no place for a note, so each row says that its item is the
  /// workbook's own and under which licence the content is.
  static func scores(session: Session, strategy: Strategy, encoding: CSVEncoding) -> String {
    let contentItemIDs = Set(strategy.scoreItems.map(\.id))
    let licence = licence(strategy)
    var rows: [[String]] = []
    let names = session.displayNamesByID()
    for participant in session.participants {
      let name = names[participant.id] ?? participant.name
      for item in strategy.scoreItems {
        rows.append([
          name, item.id, participant.scores[item.id]?.token ?? "", item.title, workbookOwn,
          licence,
        ])
      }
      for (itemID, answer) in participant.scores.sorted(by: { $0.key < $1.key })
      where !contentItemIDs.contains(itemID) {
        rows.append([name, itemID, answer.token, "", "", licence])
      }
    }
    return encoding.table(
      header: ["participant", "item", "score", "item_title", "item_origin", "licence"],
      rows: rows)
  }

  /// What `item_origin` says of the content's score items.
  static let workbookOwn = "this workbook's own"

  /// The content's licence and its address: "CC BY-SA 4.0 https://…".
  static func licence(_ strategy: Strategy) -> String {
    [strategy.source.licence, strategy.source.licenceURL ?? ""].filter { !$0.isEmpty }
      .joined(separator: " ")
  }

  /// A column per plan column, headed by its title, then the recommendation the row came from,
  /// then a note that the columns are the workbook's own and the content's licence.
  static func plan(session: Session, strategy: Strategy, encoding: CSVEncoding) -> String {
    let columns = strategy.plan.columns
    let note = "Columns: \(workbookOwn). Content: \(licence(strategy))"
    let rows = session.plan.map { row in
      columns.map { row[$0.id] }
        + [row.recommendationID.map { strategy.recommendation(id: $0)?.text ?? $0 } ?? "", note]
    }
    return encoding.table(
      header: columns.map(\.title) + ["From recommendation", "About the columns"], rows: rows)
  }
}
