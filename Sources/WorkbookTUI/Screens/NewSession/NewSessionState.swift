import WorkbookCore

/// The new-session form: what has been typed and chosen so far, and which field has the focus.
public struct NewSessionState: Sendable, Equatable {
  public enum Field: Sendable, Equatable, Hashable {
    case title
    case organization
    case mode
    case anonymous
    case strategy
    case participant(Int)
    case addParticipant
    case create

    /// Whether the field takes typed text.
    var isText: Bool {
      switch self {
      case .title, .organization, .participant: true
      default: false
      }
    }

    /// Whether the field is a choice changed with the arrow keys or Space.
    var isChoice: Bool {
      switch self {
      case .mode, .anonymous, .strategy: true
      default: false
      }
    }
  }

  /// A strategy the content offers, by id and title.
  public struct StrategyChoice: Sendable, Equatable {
    public var id: String
    public var title: String
  }

  /// A problem that stops the session being created, and the field to fix.
  public struct Problem: Error, Sendable, Equatable {
    public var field: Field
    public var message: String
  }

  public var title = TextField()
  public var organization = TextField()
  public var mode: SessionMode = .workshop
  public var anonymous = false
  public var strategies: [StrategyChoice]
  public var strategyIndex = 0
  /// In scoring order. Solo mode uses only the first; the others are kept in case the mode
  /// changes back, so nothing typed is lost.
  public var participants: [TextField] = [TextField()]
  public var focus: Field = .title
  public var problem: Problem?

  public init(strategies: [Strategy]) {
    self.strategies = strategies.map { StrategyChoice(id: $0.id, title: $0.title) }
  }

  /// The participants the form shows: one in solo mode, all in workshop mode.
  var visibleParticipantCount: Int { mode == .solo ? 1 : participants.count }

  /// The fields in the order Tab visits them.
  var fields: [Field] {
    var fields: [Field] = [.title, .organization, .mode, .anonymous, .strategy]
    fields += (0..<visibleParticipantCount).map { .participant($0) }
    if mode == .workshop, participants.count < Session.maximumParticipants {
      fields.append(.addParticipant)
    }
    fields.append(.create)
    return fields
  }

  /// The text field with the focus, if the focus is on one.
  var focusedText: TextField? {
    switch focus {
    case .title: title
    case .organization: organization
    case .participant(let index): participants[index]
    default: nil
    }
  }
}
