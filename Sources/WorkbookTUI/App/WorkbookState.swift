import WorkbookCore
import WorkbookWorkflow

/// An open session, the strategy it works through, and where the user is in it.
public struct WorkbookState: Sendable, Equatable {
  public var session: Session
  public var strategy: Strategy
  public var step: Step = .overview
  public var overview = OverviewState()
  public var scores = ScoresState()
  public var reflection = ReflectionState()
  public var recommendations = RecommendationsState()
  public var plan = PlanState()
  public var export = ExportState()
  /// Whether it is edited here or followed read-only.
  public var access = SessionAccess.editing
  /// The facilitation timer, for this opening of the session only.
  public var timer: StepTimer?

  public init(session: Session, strategy: Strategy) {
    self.session = session
    self.strategy = strategy
  }

  /// Progress of each step that has any, for the step bar, computed once per frame. Scores count
  /// the people who have confirmed their scores, never answers (see `SessionProgress`), so the
  /// bar says nothing about anyone's scores. A switch, not a table keyed by step: a table would
  /// make the runtime look up `Step: Hashable` among every conformance of the program on the
  /// first frame.
  func stepProgress() -> (Step) -> StepProgress? {
    let progress = SessionProgress(session: session, strategy: strategy)
    return { step in
      switch step {
      case .scores: progress.scores
      case .reflection: progress.reflection
      case .recommendations: progress.recommendations
      case .plan: progress.plan
      case .overview, .export: nil
      }
    }
  }
}
