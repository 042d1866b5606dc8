/// A question each participant scores on the scale. The questionnaire's own sub-items did not
/// survive, so these are the workbook's own: one per recommendation group and one for the strategy.
public struct ScoreItem: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  /// A short name for tables and charts.
  public var title: String
  /// The question as a participant reads it ("How well does our organization … ?").
  public var question: String
  /// What the lowest score means for this item.
  public var lowMeaning: String
  /// What the highest score means for this item.
  public var highMeaning: String
  /// The recommendation group this item is about, or nil for the strategy as a whole.
  public var groupID: String?

  public init(
    id: String, title: String, question: String, lowMeaning: String, highMeaning: String,
    groupID: String? = nil
  ) {
    self.id = id
    self.title = title
    self.question = question
    self.lowMeaning = lowMeaning
    self.highMeaning = highMeaning
    self.groupID = groupID
  }
}
