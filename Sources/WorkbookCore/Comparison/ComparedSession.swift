/// One side of a comparison: which session it is, and whether its figures are shown.
public struct ComparedSession: Sendable, Equatable, Codable {
  public var id: String
  public var title: String
  public var organization: String
  public var createdAt: String
  public var mode: SessionMode
  public var strategyID: String
  public var contentVersion: String
  /// False when the session's scores were not revealed (and not asked for): it has no figures.
  public var scoresShown: Bool

  init(_ snapshot: SessionSnapshot) {
    id = snapshot.id
    title = snapshot.title
    organization = snapshot.organization
    createdAt = snapshot.createdAt
    mode = snapshot.mode
    strategyID = snapshot.strategyID
    contentVersion = snapshot.contentVersion
    scoresShown = snapshot.items != nil
  }
}
