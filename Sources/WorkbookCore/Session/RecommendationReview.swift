/// The team's decision about one recommendation.
public struct RecommendationReview: Sendable, Equatable, Codable {
  public var status: ReviewStatus
  public var priority: Priority?
  public var note: String

  public init(status: ReviewStatus = .notReviewed, priority: Priority? = nil, note: String = "") {
    self.status = status
    self.priority = priority
    self.note = note
  }
}

public enum ReviewStatus: String, Sendable, Equatable, Codable, CaseIterable {
  case notReviewed = "not-reviewed"
  case alreadyDoing = "already-doing"
  case tryNext = "try-next"
  case notForNow = "not-for-now"
  case notApplicable = "not-applicable"

  public var label: String {
    switch self {
    case .notReviewed: "Not reviewed"
    case .alreadyDoing: "Already doing"
    case .tryNext: "Try next"
    case .notForNow: "Not for now"
    case .notApplicable: "Not applicable"
    }
  }
}

public enum Priority: String, Sendable, Equatable, Codable, CaseIterable {
  case high
  case medium
  case low

  public var label: String { rawValue.prefix(1).uppercased() + rawValue.dropFirst() }

  /// Where the priority sorts: 0 for high, first.
  public var rank: Int {
    switch self {
    case .high: 0
    case .medium: 1
    case .low: 2
    }
  }
}
