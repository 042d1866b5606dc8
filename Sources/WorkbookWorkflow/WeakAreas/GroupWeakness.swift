import WorkbookCore

/// Whether a recommendation group's score items scored low or split the team, and their lowest
/// mean: what orders the weak areas first.
public struct GroupWeakness: Sendable, Equatable {
  /// "low" and "split", as they apply, in that order.
  public var tags: [String]
  public var lowestMean: Double?

  public var isWeak: Bool { !tags.isEmpty }

  public init(of group: RecommendationGroup, analysis: ScoreAnalysis, strategy: Strategy) {
    let results = strategy.scoreItems.filter { $0.groupID == group.id }
      .compactMap { analysis.result(for: $0.id) }
    var tags: [String] = []
    if results.contains(where: { $0.band == .low }) { tags.append("low") }
    if results.contains(where: \.needsDiscussion) { tags.append("split") }
    self.tags = tags
    lowestMean = results.compactMap(\.mean).min()
  }
}
