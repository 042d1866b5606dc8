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

  /// Figures worked out from the session, made by `update` (`refreshFigures`) rather than on
  /// every frame. Not part of what the state is: see `Figures`.
  var figures = Figures()

  /// The figures the frames read, kept for the session and strategy they were made from. With
  /// 200 people the Results' analysis and names and the step bar's progress were most of a
  /// keystroke's work. A frame reads them only when they were made from the session the state
  /// holds now and works them out itself otherwise (a state a test built by hand), so they can
  /// never show something stale.
  struct Figures: Sendable, Equatable {
    var progress: SessionDerived<SessionProgress>?
    /// Made only while a step that shows them is on screen (after the reveal).
    var results: SessionDerived<ResultsFigures>?

    /// Always equal: the figures follow from the session and the strategy, which the state
    /// compares itself, so two states that differ only in whether they were made yet are the
    /// same state.
    static func == (lhs: Self, rhs: Self) -> Bool { true }
  }

  /// Makes the figures again where the session or the strategy has changed since they were made.
  mutating func refreshFigures() {
    if figures.progress?.value(for: session, strategy: strategy) == nil {
      figures.progress = SessionDerived(
        session: session, strategy: strategy, make: SessionProgress.init)
    }
    guard session.scoresRevealed, stepShowsResults else {
      figures.results = nil
      return
    }
    if figures.results?.value(for: session, strategy: strategy) == nil {
      figures.results = SessionDerived(
        session: session, strategy: strategy, make: ResultsFigures.init)
    }
  }

  /// Progress of each step that has any, for the step bar. Scores count the people who have
  /// confirmed their scores, never answers (see `SessionProgress`), so the bar says nothing about
  /// anyone's scores. A switch, not a table keyed by step: a table would make the runtime look
  /// up `Step: Hashable` among every conformance of the program on the first frame.
  func stepProgress() -> (Step) -> StepProgress? {
    let progress =
      figures.progress?.value(for: session, strategy: strategy)
      ?? SessionProgress(session: session, strategy: strategy)
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

  /// Whether the step on screen shows the Results' figures.
  private var stepShowsResults: Bool {
    switch step {
    case .scores, .reflection, .recommendations: true
    case .overview, .plan, .export: false
    }
  }

  /// The Results' figures (shown only once the scores are revealed).
  func resultsFigures() -> ResultsFigures {
    figures.results?.value(for: session, strategy: strategy)
      ?? ResultsFigures(session: session, strategy: strategy)
  }
}
