import WorkbookCore

/// One row of the start screen's list of sessions, as the runtime reads it from the store.
/// A file the store cannot read is listed too, with `problem` saying why, so it is never hidden.
public struct SessionListEntry: Sendable, Equatable, Identifiable {
  public var id: String
  public var title: String
  public var organization: String
  /// ISO 8601 time in UTC, as the session stores it.
  public var updatedAt: String
  /// How far the session has come, from 0 to 1.
  public var progress: Double
  /// Why the session cannot be opened (a broken or newer file), or nil when it can.
  public var problem: String?
  /// What the new-session form needs to offer the session as an earlier one to start from.
  public var strategyID: String
  public var mode: SessionMode
  public var participantNames: [String]

  public init(
    id: String, title: String, organization: String, updatedAt: String, progress: Double,
    problem: String? = nil, strategyID: String = "", mode: SessionMode = .workshop,
    participantNames: [String] = []
  ) {
    self.id = id
    self.title = title
    self.organization = organization
    self.updatedAt = updatedAt
    self.progress = progress
    self.problem = problem
    self.strategyID = strategyID
    self.mode = mode
    self.participantNames = participantNames
  }

  /// The entry for a session that can be opened; `strategy` is the content's strategy of its id,
  /// nil when the content has none (its progress is then 0: the start screen says why on opening).
  public init(_ session: Session, strategy: Strategy?) {
    let progress = strategy.map {
      Double(SessionProgress(session: session, strategy: $0).overallPercent) / 100
    }
    self.init(
      id: session.id, title: session.title, organization: session.organization,
      updatedAt: session.updatedAt, progress: progress ?? 0, strategyID: session.strategyID,
      mode: session.mode, participantNames: session.participants.map(\.name))
  }
}
