import WorkbookCore

/// The team's marks on recommendations: a status, a priority, a note (`TextChange`).
extension Session {
  /// Marks a recommendation with `status`; marking it with the status it has takes the mark back.
  public mutating func toggleStatus(_ status: ReviewStatus, recommendationID: String) {
    let current = review(of: recommendationID).status
    reviews[recommendationID, default: RecommendationReview()].status =
      current == status ? .notReviewed : status
  }

  /// Gives a recommendation the next priority: none, high, medium, low, then none again.
  public mutating func cyclePriority(recommendationID: String) {
    let order: [Priority?] = [nil] + Priority.allCases
    let current = review(of: recommendationID).priority
    let next = order[((order.firstIndex(of: current) ?? 0) + 1) % order.count]
    reviews[recommendationID, default: RecommendationReview()].priority = next
  }
}
