/// The facilitator's plan for the session's time: minutes per step, by step id. Steps given 0
/// minutes (or left out) get no time of their own. The step timers count down from it.
public struct Agenda: Sendable, Equatable, Codable {
  /// The steps an agenda can give time to, in the order they are worked through.
  public static let stepIDs = [
    "overview", "scores", "reflection", "recommendations", "plan", "export",
  ]
  /// The most minutes one step can have: a whole day's workshop.
  public static let maximumMinutes = 480
  /// The session lengths with a suggested split (see `suggested(forMinutes:)`).
  public static let suggestedLengths = [60, 90]

  /// Minutes per step id.
  public var minutes: [String: Int]

  public init(minutes: [String: Int]) {
    self.minutes = minutes
  }

  /// The suggested split of a 60- or 90-minute session (`suggestedLengths`), nil for others.
  /// Scoring and the talk after it take most of the time; the overview is a short start, the
  /// plan is drafted at the end and finished later, and an export takes a minute at most.
  public static func suggested(forMinutes total: Int) -> Agenda? {
    let split: [Int]
    switch total {
    case 60: split = [5, 15, 15, 15, 10, 0]
    case 90: split = [5, 20, 25, 20, 15, 5]
    default: return nil
    }
    return Agenda(minutes: Dictionary(uniqueKeysWithValues: zip(stepIDs, split)))
  }

  /// The minutes of a step, 0 when the agenda gives it none.
  public func minutes(for stepID: String) -> Int { minutes[stepID] ?? 0 }

  /// The whole session's length.
  public var totalMinutes: Int { minutes.values.reduce(0, +) }

  public init(from decoder: any Decoder) throws {
    minutes = try decoder.singleValueContainer().decode([String: Int].self)
  }

  /// Stored as a plain object of step id to minutes: `{"overview": 5, "scores": 15, …}`.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(minutes)
  }
}
