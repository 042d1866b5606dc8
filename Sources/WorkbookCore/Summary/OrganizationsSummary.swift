/// The picture across organizations, fit to post publicly: per score item how organizations'
/// means spread and how many split, the recommendations most often marked "try next" or
/// "already doing", and the plan's themes. Pure: sessions in, figures out.
///
/// Who counts: one session per organization, the latest (by creation time, and a session based
/// on another is later than it) of those of the
/// strategy whose scores are revealed; sessions not revealed, without an organization, of another
/// strategy, or superseded by a later one of their organization are left out and counted.
/// Privacy: no name, no note or plan text, no one's own score; no figure about fewer
/// organizations than `minimum` (a figure that would be is withheld and says so).
public struct OrganizationsSummary: Sendable, Equatable, Codable {
  public static let defaultMinimum = 3

  public var strategyID: String
  public var strategyTitle: String
  /// The fewest organizations a figure may be about.
  public var minimum: Int
  public var sessionsRead: Int
  public var leftOut: LeftOut
  /// Organizations counted: one session each.
  public var organizations: Int
  /// Whether `organizations` is below `minimum`: then nothing else is given.
  public var withheld: Bool
  public var items: [ItemSummary]
  /// Most often marked first; at most `topRecommendations` each, only those marked at all.
  public var tryNext: [RecommendationCount]
  public var alreadyDoing: [RecommendationCount]
  public var planThemes: [PlanTheme]

  public static let topRecommendations = 5

  public struct LeftOut: Sendable, Equatable, Codable {
    /// Scores not revealed (a workshop before its reveal, or an export without scores).
    public var notRevealed = 0
    public var noOrganization = 0
    public var otherStrategy = 0
    /// An earlier session of an organization that has a later one.
    public var superseded = 0

    public init(
      notRevealed: Int = 0, noOrganization: Int = 0, otherStrategy: Int = 0, superseded: Int = 0
    ) {
      self.notRevealed = notRevealed
      self.noOrganization = noOrganization
      self.otherStrategy = otherStrategy
      self.superseded = superseded
    }
  }

  public struct ItemSummary: Sendable, Equatable, Codable {
    public var itemID: String
    public var title: String
    /// Organizations with a mean for the item; absent, like every figure, when withheld.
    public var organizations: Int?
    /// Fewer than the minimum: the figures below are absent.
    public var withheld: Bool
    /// The median of the organizations' means.
    public var medianOfMeans: Double?
    /// How many organizations' means fall in each band of `meanBands`.
    public var meansInBands: [Int]?
    /// Organizations whose team split on the item (variance).
    public var split: Int?
  }

  public struct RecommendationCount: Sendable, Equatable, Codable {
    public var recommendationID: String
    public var text: String
    public var organizations: Int
  }

  /// Plan rows by theme: the recommendation group a row came from, or "own" for rows the team
  /// wrote without a recommendation.
  public struct PlanTheme: Sendable, Equatable, Codable {
    public var themeID: String
    public var title: String
    public var organizations: Int
    public var rows: Int
  }

  /// The bands a mean falls in, by their lower bound: 1–1.99, 2–2.99, 3–3.99 and 4–5. Counts
  /// only: no organization's own mean is shown.
  public static let meanBands = ["1–1.99", "2–2.99", "3–3.99", "4–5"]
  public static let ownThemeID = "own"

  public init(sessions: [Session], strategy: Strategy, minimum: Int = Self.defaultMinimum) {
    strategyID = strategy.id
    strategyTitle = strategy.title
    self.minimum = minimum
    sessionsRead = sessions.count
    var leftOut = LeftOut()
    var latest: [String: Session] = [:]
    for session in sessions {
      let organization = session.organization.trimmingSpaces().lowercased()
      if session.strategyID != strategy.id {
        leftOut.otherStrategy += 1
      } else if session.scoresHidden {
        leftOut.notRevealed += 1
      } else if organization.isEmpty {
        leftOut.noOrganization += 1
      } else if let kept = latest[organization] {
        leftOut.superseded += 1
        if Self.isLater(session, than: kept) { latest[organization] = session }
      } else {
        latest[organization] = session
      }
    }
    self.leftOut = leftOut
    let counted = latest.keys.sorted().compactMap { latest[$0] }
    organizations = counted.count
    withheld = counted.count < minimum
    guard !withheld else {
      items = []
      tryNext = []
      alreadyDoing = []
      planThemes = []
      return
    }
    let analyses = counted.map { ScoreAnalysis(session: $0, strategy: strategy) }
    items = strategy.scoreItems.map { item in
      Self.itemSummary(item, results: analyses.compactMap { $0.result(for: item.id) }, minimum)
    }
    tryNext = Self.marked(.tryNext, in: counted, strategy: strategy)
    alreadyDoing = Self.marked(.alreadyDoing, in: counted, strategy: strategy)
    planThemes = Self.themes(of: counted, strategy: strategy)
  }

  /// A session based on the other is the later one, whatever the clocks said; otherwise the
  /// later creation time (then update time, then id, so the choice never depends on order).
  private static func isLater(_ session: Session, than other: Session) -> Bool {
    if session.basedOn?.snapshot.id == other.id { return true }
    if other.basedOn?.snapshot.id == session.id { return false }
    return (session.createdAt, session.updatedAt, session.id)
      > (other.createdAt, other.updatedAt, other.id)
  }

  private static func itemSummary(_ item: ScoreItem, results: [ItemResult], _ minimum: Int)
    -> ItemSummary
  {
    let scored = results.filter { $0.mean != nil }
    guard scored.count >= minimum else {
      return ItemSummary(itemID: item.id, title: item.title, withheld: true)
    }
    var summary = ItemSummary(
      itemID: item.id, title: item.title, organizations: scored.count, withheld: false)
    let means = scored.compactMap(\.mean).sorted()
    let middle = means.count / 2
    summary.medianOfMeans =
      means.count % 2 == 1 ? means[middle] : (means[middle - 1] + means[middle]) / 2
    var bands = Array(repeating: 0, count: meanBands.count)
    for mean in means { bands[min(max(Int(mean) - 1, 0), bands.count - 1)] += 1 }
    summary.meansInBands = bands
    summary.split = scored.count { $0.agreement == .variance }
    return summary
  }

  private static func marked(_ status: ReviewStatus, in sessions: [Session], strategy: Strategy)
    -> [RecommendationCount]
  {
    let counts = strategy.recommendations.map { recommendation in
      RecommendationCount(
        recommendationID: recommendation.id, text: recommendation.text,
        organizations: sessions.count { $0.reviews[recommendation.id]?.status == status })
    }
    // A stable sort keeps the content's order among equal counts.
    return Array(
      counts.filter { $0.organizations > 0 }.enumerated()
        .sorted { ($1.element.organizations, $0.offset) < ($0.element.organizations, $1.offset) }
        .map(\.element).prefix(topRecommendations))
  }

  private static func themes(of sessions: [Session], strategy: Strategy) -> [PlanTheme] {
    var groupOf: [String: String] = [:]
    for group in strategy.recommendationGroups {
      for recommendation in group.recommendations { groupOf[recommendation.id] = group.id }
    }
    let themes =
      strategy.recommendationGroups.map { ($0.id, $0.title) }
      + [(ownThemeID, "The team's own focus (not from a recommendation)")]
    return themes.map { id, title in
      var organizations = 0
      var rows = 0
      for session in sessions {
        let matching = session.plan.count { row in
          (row.recommendationID.flatMap { groupOf[$0] } ?? ownThemeID) == id
        }
        rows += matching
        if matching > 0 { organizations += 1 }
      }
      return PlanTheme(themeID: id, title: title, organizations: organizations, rows: rows)
    }
  }
}
