/// The recommendations part of the report: grouped by the team's decision, the ones to try next
/// first, each group ordered by priority and then as the page orders them.
extension Report {
  /// The order of the status groups: what the team will do, what it does, what it set aside, and
  /// last what it has not looked at yet.
  static let statusOrder: [ReviewStatus] = [
    .tryNext, .alreadyDoing, .notForNow, .notApplicable, .notReviewed,
  ]

  static func recommendations(session: Session, strategy: Strategy, _ m: Messages)
    -> [ReportBlock]
  {
    let all = strategy.recommendationGroups.flatMap { group in
      group.recommendations.map { (group: group, recommendation: $0) }
    }
    let reviewed = all.count { session.review(of: $0.recommendation.id).status != .notReviewed }
    var blocks: [ReportBlock] = [
      .heading(level: 2, text: m(.exportHeadingRecommendations)),
      .paragraph([.text(m(.exportRecommendationsReviewed, reviewed, all.count))]),
    ]
    for status in statusOrder {
      let entries = all.enumerated()
        .map {
          (
            index: $0.offset, entry: $0.element,
            review: session.review(of: $0.element.recommendation.id)
          )
        }
        .filter { $0.review.status == status }
        // Priority first (high before low, none last), then the page's order.
        .sorted {
          ($0.review.priority?.rank ?? 3, $0.index) < ($1.review.priority?.rank ?? 3, $1.index)
        }
      guard !entries.isEmpty else { continue }
      blocks.append(
        .heading(level: 3, text: m(.exportStatusHeading, self.status(status, m), entries.count)))
      blocks.append(
        .table(
          ReportTable(
            header: [
              m(.exportColumnRecommendation), m(.exportColumnArea), m(.exportColumnPriority),
              m(.exportColumnNote),
            ],
            rows: entries.map { entry in
              [
                entry.entry.recommendation.text, entry.entry.group.title,
                entry.review.priority.map { priority($0, m) } ?? "—", entry.review.note,
              ]
            })))
    }
    return blocks
  }
}
