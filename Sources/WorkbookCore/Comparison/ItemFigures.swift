/// What a session's revealed scores said of one score item, without anyone's own score: the
/// counts, the mean and median, and whether the team agreed. What a comparison reads, and what a
/// session keeps of the earlier session it is based on.
public struct ItemFigures: Sendable, Equatable, Codable {
  public var itemID: String
  /// The item's short title in the content the figures were taken with, so that a comparison
  /// across content versions can tell an item that was reworded.
  public var title: String
  public var answered: Int
  public var dontKnow: Int
  public var notApplicable: Int
  public var unanswered: Int
  public var mean: Double?
  public var median: Double?
  /// Nil with fewer than two scores (one voice cannot agree with itself) or too few answers.
  public var agreement: Agreement?

  public init(
    itemID: String, title: String, answered: Int, dontKnow: Int = 0, notApplicable: Int = 0,
    unanswered: Int = 0, mean: Double? = nil, median: Double? = nil, agreement: Agreement? = nil
  ) {
    self.itemID = itemID
    self.title = title
    self.answered = answered
    self.dontKnow = dontKnow
    self.notApplicable = notApplicable
    self.unanswered = unanswered
    self.mean = mean
    self.median = median
    self.agreement = agreement
  }

  init(_ result: ItemResult, title: String) {
    self.init(
      itemID: result.itemID, title: title, answered: result.answered, dontKnow: result.dontKnow,
      notApplicable: result.notApplicable, unanswered: result.unanswered, mean: result.mean,
      median: result.median, agreement: result.agreement)
  }
}
