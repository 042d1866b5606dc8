import WorkbookCore

/// The rule that starts a session from the same organization's earlier session of a strategy,
/// for every front end: the new session takes the earlier one's organization, strategy and mode,
/// and its participants unless others are given; it keeps the earlier session's figures, marks
/// and plan (`SessionSnapshot`) for the comparison and the plan review, and not one of its
/// answers as a score.
public enum SessionBasedOnEarlier {
  /// Why a session cannot be based on the earlier one. Each front end words it, naming the
  /// earlier session its own way and pointing at its own way to fix it.
  public enum Refusal: Error, Sendable, Equatable {
    /// The earlier session assesses `earlier`, and the new one was asked to assess `asked`.
    case otherStrategy(earlier: String, asked: String)
    /// The earlier session is `earlier`'s, and the new one was given `given`.
    case otherOrganization(earlier: String, given: String)
    /// The content has no strategy of the earlier session's id.
    case strategyNotInContent(String)
    /// A solo session would get `count` participants.
    case soloWithSeveral(count: Int)

    /// What went wrong and what to do, as a sentence in the language of `messages`.
    public func text(_ messages: Messages) -> String {
      switch self {
      case .otherStrategy(let earlier, let asked):
        messages(.workshopEarlierOtherStrategy, earlier, asked)
      case .otherOrganization(let earlier, let given):
        messages(.workshopEarlierOtherOrganization, earlier, given)
      case .strategyNotInContent(let id): messages(.workshopEarlierStrategyNotInContent, id)
      case .soloWithSeveral(let count): messages(.workshopEarlierSoloWithSeveral, count)
      }
    }
  }

  /// The new session, not yet saved (no id, no times, labels not yet shuffled), or why it cannot
  /// be made. `strategy` is the content's strategy of the earlier session's id, nil when the
  /// content has none; an empty `organization` or `participantNames`, a nil `strategyID` or
  /// `mode` take the earlier session's.
  public static func draft(
    from earlier: Session, strategy: Strategy?, title: String, organization: String = "",
    strategyID: String? = nil, mode: SessionMode? = nil, participantNames: [String] = [],
    anonymous: Bool = false
  ) throws(Refusal) -> Session {
    if let strategyID, strategyID != earlier.strategyID {
      throw .otherStrategy(earlier: earlier.strategyID, asked: strategyID)
    }
    let given = organization.trimmingSpaces()
    let earlierOrganization = earlier.organization.trimmingSpaces()
    if !given.isEmpty && given.lowercased() != earlierOrganization.lowercased() {
      throw .otherOrganization(earlier: earlierOrganization, given: given)
    }
    guard let strategy else { throw .strategyNotInContent(earlier.strategyID) }
    let chosenMode = mode ?? earlier.mode
    let names = participantNames.isEmpty ? earlier.participants.map(\.name) : participantNames
    if chosenMode == .solo && names.count > 1 { throw .soloWithSeveral(count: names.count) }
    return Session(
      id: "", title: title.trimmingSpaces(), organization: earlierOrganization, createdAt: "",
      mode: chosenMode,
      participants: NewSessionRules.participants(names),
      anonymous: anonymous || earlier.anonymous, strategyID: strategy.id,
      contentVersion: strategy.version,
      basedOn: EarlierSession(snapshot: SessionSnapshot(of: earlier, strategy: strategy)))
  }
}
