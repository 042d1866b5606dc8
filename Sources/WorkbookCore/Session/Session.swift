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
  /// Participant ids in the order of their anonymous labels: the first is "Participant 1". A
  /// random order chosen when the session is made (see `shuffleLabels(using:)`), so that nobody
  /// can tell from a label when its person scored.
  public var labelOrder: [String]
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
  /// The facilitator's minutes per step, if they planned the time; older files have none.
  public var agenda: Agenda?
  /// The earlier session this one is based on and the review of its plan; older files and
  /// sessions started afresh have none.
  public var basedOn: EarlierSession?
  /// The language tag ("de", "fr", "en") of the workbook the session was created in: its
  /// exports are written in it unless another language is asked for. Older files have none.
  public var language: String?

  public static let maximumParticipants = 30

  public init(
    id: String, title: String, organization: String = "", createdAt: String,
    updatedAt: String? = nil,
    mode: SessionMode = .workshop, participants: [Participant], anonymous: Bool = false,
    labelOrder: [String]? = nil, strategyID: String, contentVersion: String,
    scoresRevealed: Bool = false,
    reflection: [String: ReflectionAnswer] = [:], reviews: [String: RecommendationReview] = [:],
    plan: [PlanRow] = [], facilitatorNotes: String = "", agenda: Agenda? = nil,
    basedOn: EarlierSession? = nil, language: String? = nil
  ) {
    self.id = id
    self.title = title
    self.organization = organization
    self.createdAt = createdAt
    self.updatedAt = updatedAt ?? createdAt
    self.mode = mode
    self.participants = participants
    self.anonymous = anonymous
    self.labelOrder =
      labelOrder ?? Self.derivedLabelOrder(sessionID: id, participantIDs: participants.map(\.id))
    self.strategyID = strategyID
    self.contentVersion = contentVersion
    self.scoresRevealed = scoresRevealed
    self.reflection = reflection
    self.reviews = reviews
    self.plan = plan
    self.facilitatorNotes = facilitatorNotes
    self.agenda = agenda
    self.basedOn = basedOn
    self.language = language
  }

  /// The name to show for a participant: their own, or "Participant n" in an anonymous session,
  /// n from `labelOrder`. The one place a name becomes anonymous.
  public func displayName(of participant: Participant) -> String {
    guard anonymous, let number = labelNumber(of: participant.id) else { return participant.name }
    return "Participant \(number)"
  }

  /// Whether the scores are private: in a workshop, until the facilitator reveals them. A solo
  /// session's scores are its one person's own, so they are never hidden from them.
  public var scoresHidden: Bool { mode == .workshop && !scoresRevealed }

  /// Every participant's shown name (as `displayName(of:)` gives it) by id, worked out in one
  /// pass, for what names many participants: a lookup each would be quadratic.
  public func displayNamesByID() -> [String: String] {
    var names: [String: String] = [:]
    names.reserveCapacity(participants.count)
    if anonymous {
      for (index, id) in labelledParticipantIDs.enumerated() where names[id] == nil {
        names[id] = "Participant \(index + 1)"
      }
    } else {
      for participant in participants where names[participant.id] == nil {
        names[participant.id] = participant.name
      }
    }
    return names
  }

  public func review(of recommendationID: String) -> RecommendationReview {
    reviews[recommendationID] ?? RecommendationReview()
  }

  enum CodingKeys: String, CodingKey {
    case id, title, organization, createdAt, updatedAt, mode, participants, anonymous, labelOrder
    case strategyID, contentVersion, scoresRevealed, reflection, reviews, plan, facilitatorNotes
    case agenda, basedOn, language
  }
}

extension Session {
  /// Reads every field as written; a file from before labels were stored (no `labelOrder`) gets
  /// the order derived from its ids, so its labels are the same at every load, and one from
  /// before agendas has none, nor one from before sessions could be based on an earlier one, nor
  /// one from before sessions remembered their language.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    let id = try container.decode(String.self, forKey: .id)
    let participants = try container.decode([Participant].self, forKey: .participants)
    self.init(
      id: id, title: try container.decode(String.self, forKey: .title),
      organization: try container.decode(String.self, forKey: .organization),
      createdAt: try container.decode(String.self, forKey: .createdAt),
      updatedAt: try container.decode(String.self, forKey: .updatedAt),
      mode: try container.decode(SessionMode.self, forKey: .mode), participants: participants,
      anonymous: try container.decode(Bool.self, forKey: .anonymous),
      labelOrder: try container.decodeIfPresent([String].self, forKey: .labelOrder),
      strategyID: try container.decode(String.self, forKey: .strategyID),
      contentVersion: try container.decode(String.self, forKey: .contentVersion),
      scoresRevealed: try container.decode(Bool.self, forKey: .scoresRevealed),
      reflection: try container.decode([String: ReflectionAnswer].self, forKey: .reflection),
      reviews: try container.decode([String: RecommendationReview].self, forKey: .reviews),
      plan: try container.decode([PlanRow].self, forKey: .plan),
      facilitatorNotes: try container.decode(String.self, forKey: .facilitatorNotes),
      agenda: try container.decodeIfPresent(Agenda.self, forKey: .agenda),
      basedOn: try container.decodeIfPresent(EarlierSession.self, forKey: .basedOn),
      language: try container.decodeIfPresent(String.self, forKey: .language))
  }
}

/// How the session is run: a team passing the keyboard, or one person alone.
public enum SessionMode: String, Sendable, Equatable, Codable, CaseIterable {
  case workshop
  case solo
}
