import WorkbookCore

/// What the new-session form asks the runtime to create. The runtime gives the session its id,
/// its times and the content version, saves it, and answers with `EffectResult.sessionOpened`.
public struct NewSessionRequest: Sendable, Equatable {
  public var title: String
  public var organization: String
  public var mode: SessionMode
  /// Display names in scoring order: exactly one in solo mode.
  public var participantNames: [String]
  public var anonymous: Bool
  public var strategyID: String
  /// The id of the same organization's earlier session of the strategy to start from, if any
  /// (see `SessionBasedOnEarlier`).
  public var basedOnID: String?

  public init(
    title: String, organization: String, mode: SessionMode, participantNames: [String],
    anonymous: Bool, strategyID: String, basedOnID: String? = nil
  ) {
    self.title = title
    self.organization = organization
    self.mode = mode
    self.participantNames = participantNames
    self.anonymous = anonymous
    self.strategyID = strategyID
    self.basedOnID = basedOnID
  }
}
