/// A person who scores. Answers belong to the participant's id, so renaming keeps them.
public struct Participant: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var name: String
  /// The participant's answer per score item id. An item with no entry is unanswered.
  public var scores: [String: ScoreAnswer]
  /// Whether the participant has confirmed their scores (the privacy screen has closed on them).
  public var finishedScoring: Bool

  public init(
    id: String, name: String, scores: [String: ScoreAnswer] = [:], finishedScoring: Bool = false
  ) {
    self.id = id
    self.name = name
    self.scores = scores
    self.finishedScoring = finishedScoring
  }
}
