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
  /// then a note that the columns are the workbook's own and the content's licence. A table for
  /// people rather than for `scores import`, so its own headers and note are in `messages`'
  /// language.
  static func plan(
    session: Session, strategy: Strategy, encoding: CSVEncoding, messages m: Messages
  ) -> String {
    let columns = strategy.plan.columns
    let note = m(.exportCsvPlanNote, m(.exportCsvWorkbookOwn), licence(strategy))
    let rows = session.plan.map { row in
      columns.map { row[$0.id] }
        + [row.recommendationID.map { strategy.recommendation(id: $0)?.text ?? $0 } ?? "", note]
    }
    return encoding.table(
      header: columns.map(\.title) + [
        m(.exportColumnFromRecommendation), m(.exportCsvColumnAboutColumns),
      ], rows: rows)
  }

  /// Columns `item,item_title,mean_then,mean_now,agreement_then,agreement_now,change`: a row per
  /// score item of either session; `change` is "rose", "fell", "same" or "not-compared" and
  /// `note` says more ("newly split", or why the item is not compared). Figures a side does not
  /// show are empty.
  static func comparison(_ comparison: SessionComparison?, encoding: CSVEncoding) -> String {
    let rows = (comparison?.items ?? []).map { item in
      [
        item.itemID, item.title, item.then?.mean.map(ExportNumber.text) ?? "",
        item.now?.mean.map(ExportNumber.text) ?? "", item.then?.agreement?.rawValue ?? "",
        item.now?.agreement?.rawValue ?? "",
        item.notCompared == nil ? item.meanChange?.rawValue ?? "" : "not-compared",
        item.changeText,
      ]
    }
    return encoding.table(
      header: [
        "item", "item_title", "mean_then", "mean_now", "agreement_then", "agreement_now",
        "change", "note",
      ], rows: rows)
  }

  /// A row per plan row of the earlier session: its number, its cells (a column per plan column
  /// of the content), the outcome (`done`, `in-progress`, `dropped`, `carried` or
  /// `not-reviewed`), the note, and the row of this plan that carries it on.
  static func planReview(session: Session, strategy: Strategy, encoding: CSVEncoding) -> String {
    let columns = strategy.plan.columns
    let earlier = session.basedOn
    let rows = (earlier?.snapshot.plan ?? []).enumerated().map { index, row in
      let review = earlier?.review(ofRow: row.id) ?? PlanRowReview()
      let carriedInto = session.plan.firstIndex { $0.carriedFrom == row.id }
      return ["\(index + 1)"] + columns.map { row[$0.id] } + [
        review.outcome.rawValue, review.note, carriedInto.map { "\($0 + 1)" } ?? "",
      ]
    }
    return encoding.table(
      header: ["earlier_row"] + columns.map(\.title) + ["outcome", "note", "carried_into_row"],
      rows: rows)
  }
}
