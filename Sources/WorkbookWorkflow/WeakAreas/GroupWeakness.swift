import WorkbookCore

/// Whether a recommendation group's score items scored low or split the team, and their lowest
/// mean: what orders the weak areas first.
public struct GroupWeakness: Sendable, Equatable {
  /// Why a group is a weak area.
  public enum Reason: String, Sendable, Equatable {
    /// An item of the group scored low.
    case low
    /// The team split on an item of the group.
    case split

    /// Its word, which each front end looks up in its language.
    public var titleKey: MessageKey {
      switch self {
      case .low: .workshopWeaknessLow
      case .split: .workshopWeaknessSplit
      }
    }
  }

  /// Low and split, as they apply, in that order.
  public var reasons: [Reason]
  public var lowestMean: Double?

  /// "low" and "split", as they apply, in that order.
  public var tags: [String] { reasons.map(\.rawValue) }

  public var isWeak: Bool { !reasons.isEmpty }

  public init(of group: RecommendationGroup, analysis: ScoreAnalysis, strategy: Strategy) {
    let results = strategy.scoreItems.filter { $0.groupID == group.id }
      .compactMap { analysis.result(for: $0.id) }
    var reasons: [Reason] = []
    if results.contains(where: { $0.band == .low }) { reasons.append(.low) }
    if results.contains(where: \.needsDiscussion) { reasons.append(.split) }
    self.reasons = reasons
    lowestMean = results.compactMap(\.mean).min()
  }
}
