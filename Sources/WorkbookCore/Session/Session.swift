/// Everything a team enters while working through one strategy. Refers to content by id only;
/// an answer whose id the content no longer has is kept (see `ContentMismatch`), never dropped.
public struct Session: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var organization: String
  /// Times as ISO 8601 text in UTC, so the stored file is deterministic and readable.
  public var createdAt: String
  public var updatedAt: String
  public var mode: SessionMode
  /// 1 to `Session.maximumParticipants` people, in the order they score.
  public var participants: [Participant]
  /// When set, results and exports say "Participant 1…n" instead of names.
  public var anonymous: Bool
  public var strategyID: String
  /// The content version the session was made with.
  public var contentVersion: String
  /// Whether the facilitator has revealed the scores. Before that nothing of anyone's scores shows.
  public var scoresRevealed: Bool
  /// The team's answer per reflection question id.
  public var reflection: [String: ReflectionAnswer]
  /// The team's review per recommendation id. A recommendation with no entry is not reviewed.
  public var reviews: [String: RecommendationReview]
  /// The capacity building plan, in order.
  public var plan: [PlanRow]
  public var facilitatorNotes: String

  public static let maximumParticipants = 30

  public init(
    id: String, title: String, organization: String = "", createdAt: String,
    updatedAt: String? = nil,
    mode: SessionMode = .workshop, participants: [Participant], anonymous: Bool = false,
    strategyID: String, contentVersion: String, scoresRevealed: Bool = false,
    reflection: [String: ReflectionAnswer] = [:], reviews: [String: RecommendationReview] = [:],
    plan: [PlanRow] = [], facilitatorNotes: String = ""
  ) {
    self.id = id
    self.title = title
    self.organization = organization
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
    self.mode = mode
    self.participants = participants
    self.anonymous = anonymous
    self.strategyID = strategyID
    self.contentVersion = contentVersion
    self.scoresRevealed = scoresRevealed
    self.reflection = reflection
    self.reviews = reviews
    self.plan = plan
    self.facilitatorNotes = facilitatorNotes
  }

  /// The name to show for a participant: their own, or "Participant n" in an anonymous session.
  public func displayName(of participant: Participant) -> String {
    guard anonymous, let index = participants.firstIndex(where: { $0.id == participant.id }) else {
      return participant.name
    }
    return "Participant \(index + 1)"
  }

  /// Every participant's shown name (as `displayName(of:)` gives it) by id, worked out in one
  /// pass, for what names many participants: a lookup each would be quadratic. Where two share an
  /// id, the first one's name is kept, as `displayName(of:)` counts the first.
  public func displayNamesByID() -> [String: String] {
    var names: [String: String] = [:]
    names.reserveCapacity(participants.count)
    for (index, participant) in participants.enumerated() where names[participant.id] == nil {
      names[participant.id] = anonymous ? "Participant \(index + 1)" : participant.name
    }
    return names
  }

  public func review(of recommendationID: String) -> RecommendationReview {
    reviews[recommendationID] ?? RecommendationReview()
  }
}

/// How the session is run: a team passing the keyboard, or one person alone.
public enum SessionMode: String, Sendable, Equatable, Codable, CaseIterable {
  case workshop
  case solo
}
