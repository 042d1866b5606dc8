/// The earlier session a session is based on (the same organization's last self-assessment of the
/// strategy), and the new team's review of its plan.
public struct EarlierSession: Sendable, Equatable, Codable {
  /// What is kept of the earlier session: enough to compare and to review its plan, so the new
  /// file stands alone (see `SessionSnapshot` for what is left out).
  public var snapshot: SessionSnapshot
  /// By the earlier plan row's id. A row with no entry is not reviewed yet.
  public var planReview: [String: PlanRowReview]

  public init(snapshot: SessionSnapshot, planReview: [String: PlanRowReview] = [:]) {
    self.snapshot = snapshot
    self.planReview = planReview
  }

  public func review(ofRow rowID: String) -> PlanRowReview {
    planReview[rowID] ?? PlanRowReview()
  }
}
