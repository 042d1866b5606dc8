/// What a comparison needs of one session, and all a new session keeps of the earlier one it is
/// based on: who and when (id, title, organization, date), the strategy and content version, the
/// figures of each score item after the reveal, the recommendations' marks and the plan's rows.
///
/// Nothing of any person is in it: no participant, no name, no one's own score, no distribution
/// (in a small team a count per score can give a person away), no note on a recommendation. The
/// plan's rows are carried whole, as the team wrote them, because the new session reviews them.
public struct SessionSnapshot: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var organization: String
  public var createdAt: String
  public var mode: SessionMode
  public var strategyID: String
  public var contentVersion: String
  /// Per score item of the content, in order; nil while the session's scores were not revealed
  /// (then nothing of them is taken).
  public var items: [ItemFigures]?
  /// Each reviewed recommendation's mark, by recommendation id (unreviewed ones are left out).
  public var marks: [String: ReviewStatus]
  public var plan: [PlanRow]

  public init(
    id: String, title: String, organization: String, createdAt: String, mode: SessionMode,
    strategyID: String, contentVersion: String, items: [ItemFigures]?,
    marks: [String: ReviewStatus] = [:], plan: [PlanRow] = []
  ) {
    self.id = id
    self.title = title
    self.organization = organization
    self.createdAt = createdAt
    self.mode = mode
    self.strategyID = strategyID
    self.contentVersion = contentVersion
    self.items = items
    self.marks = marks
    self.plan = plan
  }

  /// The snapshot of `session`, its figures read with `strategy`. While its scores are hidden
  /// (`Session.scoresHidden`) no figure is taken, unless `includingHiddenScores` asks for them
  /// (the explicit command-line flag).
  public init(of session: Session, strategy: Strategy, includingHiddenScores: Bool = false) {
    var items: [ItemFigures]?
    if !session.scoresHidden || includingHiddenScores {
      let titles = Dictionary(
        strategy.scoreItems.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
      items = ScoreAnalysis(session: session, strategy: strategy).items.map {
        ItemFigures($0, title: titles[$0.itemID] ?? $0.itemID)
      }
    }
    self.init(
      id: session.id, title: session.title, organization: session.organization,
      createdAt: session.createdAt, mode: session.mode, strategyID: session.strategyID,
      contentVersion: session.contentVersion, items: items,
      marks: session.reviews.compactMapValues { $0.status == .notReviewed ? nil : $0.status },
      plan: session.plan)
  }
}
