import WorkbookCore
import WorkbookWorkflow

/// The new-session form: what has been typed and chosen so far, and which field has the focus.
public struct NewSessionState: Sendable, Equatable {
  public enum Field: Sendable, Equatable, Hashable {
    case title
    case organization
    case mode
    case anonymous
    case strategy
    case basedOn
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
      case .mode, .anonymous, .strategy, .basedOn: true
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
    /// Its words, put into the form's language when drawn.
    public var words: StatusMessage

    init(field: Field, words: StatusMessage) {
      self.field = field
      self.words = words
    }

    init(field: Field, _ key: MessageKey, _ arguments: any CustomStringConvertible...) {
      self.field = field
      words = StatusMessage(key, arguments: arguments, isError: true)
    }

    /// Its words in English.
    public var message: String { words.text }
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
  /// The sessions in the folder, of which the form offers those of the chosen strategy (and of
  /// the organization typed, if any) as the earlier session to start from.
  public var earlierSessions: [SessionListEntry]
  /// The earlier session chosen to start from, by id; nil to start afresh.
  public var basedOnID: String?
  /// What choosing an earlier session filled in: replaced when another is chosen, while
  /// anything the user typed over it stays.
  public var carriedOrganization = ""
  public var carriedNames: [String] = []

  public init(strategies: [Strategy], earlierSessions: [SessionListEntry] = []) {
    self.strategies = strategies.map { StrategyChoice(id: $0.id, title: $0.title) }
    self.earlierSessions = earlierSessions
  }

  /// The earlier sessions a new one may start from: readable, of the chosen strategy, and of the
  /// organization typed when one is.
  var basedOnChoices: [SessionListEntry] {
    guard let strategy = strategies[safe: strategyIndex] else { return [] }
    let typed = organization.trimmed.lowercased()
    return earlierSessions.filter {
      $0.problem == nil && $0.strategyID == strategy.id
        && (typed.isEmpty || $0.organization.lowercased() == typed)
    }
  }

  /// Whether the folder holds a readable session of the chosen strategy: only then does the form
  /// show the choice of one to start from.
  var offersEarlierSessions: Bool {
    guard let strategy = strategies[safe: strategyIndex] else { return false }
    return earlierSessions.contains { $0.problem == nil && $0.strategyID == strategy.id }
  }

  /// The chosen earlier session, while it is still one the form offers.
  var basedOn: SessionListEntry? {
    basedOnID.flatMap { id in basedOnChoices.first { $0.id == id } }
  }

  /// The participants the form shows: one in solo mode, all in workshop mode.
  var visibleParticipantCount: Int { mode == .solo ? 1 : participants.count }

  /// The fields in the order Tab visits them.
  var fields: [Field] {
    var fields: [Field] = [.title, .organization, .mode, .anonymous, .strategy]
    if offersEarlierSessions { fields.append(.basedOn) }
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
