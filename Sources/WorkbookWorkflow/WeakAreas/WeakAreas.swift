import WorkbookCore

/// The recommendation groups with the weak areas first: groups with low or split scores, then by
/// their lowest mean, otherwise in the content's order. Only once the scores are revealed: before,
/// the order would tell something of them.
public enum WeakAreas {
  public static func orderedGroups(session: Session, strategy: Strategy)
    -> [RecommendationGroup]
  {
    let groups = strategy.recommendationGroups
    guard session.scoresRevealed else { return groups }
    let analysis = ScoreAnalysis(session: session, strategy: strategy)
    let weaknesses = groups.map { GroupWeakness(of: $0, analysis: analysis, strategy: strategy) }
    return groups.indices.sorted { left, right in
      let (a, b) = (weaknesses[left], weaknesses[right])
      if a.isWeak != b.isWeak { return a.isWeak }
      if a.lowestMean != b.lowestMean { return (a.lowestMean ?? 6) < (b.lowestMean ?? 6) }
      return left < right
    }.map { groups[$0] }
  }
}
