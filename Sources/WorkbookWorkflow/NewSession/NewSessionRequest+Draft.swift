import WorkbookCore

extension NewSessionRequest {
  /// The session asked for, not yet saved (no id, no times, labels in order), given `strategy`,
  /// the content's strategy of `strategyID`: a session of its own, or, when `basedOnID` names
  /// one, started from `earlier` (that session, as read) by `SessionBasedOnEarlier`'s rule. Every
  /// effect performer makes a new session by this one rule, wherever it keeps its sessions.
  public func draft(strategy: Strategy, earlier: Session?) throws(SessionBasedOnEarlier.Refusal)
    -> Session
  {
    if let earlier {
      return try SessionBasedOnEarlier.draft(
        from: earlier, strategy: strategy, title: title, organization: organization,
        strategyID: strategyID, mode: mode, participantNames: participantNames,
        anonymous: anonymous)
    }
    return Session(
      id: "", title: title, organization: organization, createdAt: "", mode: mode,
      participants: NewSessionRules.participants(participantNames), anonymous: anonymous,
      strategyID: strategy.id, contentVersion: strategy.version)
  }
}
