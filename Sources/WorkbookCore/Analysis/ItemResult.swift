/// What the team's answers to one score item say.
public struct ItemResult: Sendable, Equatable, Codable {
  public var itemID: String
  /// Participants who gave a score on the scale.
  public var answered: Int
  public var dontKnow: Int
  public var notApplicable: Int
  /// Participants who have not answered the item at all.
  public var unanswered: Int
  /// How many gave each score, indexed from the scale's minimum: `distribution[0]` counts the 1s.
  public var distribution: [Int]
  public var mean: Double?
  public var median: Double?
  public var minimum: Int?
  public var maximum: Int?
  /// Maximum minus minimum.
  public var spread: Int?
  /// The population standard deviation: the team is the whole population, not a sample of it.
  public var standardDeviation: Double?
  /// Whether fewer participants scored than the minimum for a reading; band and agreement are nil then.
  public var tooFewAnswers: Bool
  public var band: Band?
  public var agreement: Agreement?
  /// Ids of the participants who gave the lowest and the highest score, when the team split and the
  /// session is not anonymous; empty otherwise.
  public var lowestScorers: [String]
  public var highestScorers: [String]

  /// Whether the team split on this item, so it is worth discussing.
  public var needsDiscussion: Bool { agreement == .variance }
}

/// High when the mean is at or above the scale's high mark (4), low otherwise, as the source page
/// reads 4–5 as high and 1–3 as low. A mean of 3.5 is low: it has not reached 4.
public enum Band: String, Sendable, Equatable, Codable {
  case high
  case low

  public var label: String { self == .high ? "High" : "Low" }
}

/// Consensus when the scores lie within one step of each other, variance when they are two or
/// more steps apart.
public enum Agreement: String, Sendable, Equatable, Codable {
  case consensus
  case variance

  public var label: String { self == .consensus ? "Consensus" : "Variance" }
}
