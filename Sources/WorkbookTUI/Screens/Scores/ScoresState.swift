import WorkbookCore

/// The Scores step: whose turn it is and where they are, or the results once revealed.
public struct ScoresState: Sendable, Equatable {
  public enum Phase: Sendable, Equatable {
    /// Before the reveal: who has scored (workshop) or an invitation to start (solo).
    /// After it: the results.
    case main
    /// After the reveal, picking who scores again.
    case choosingScorer
    /// Before the reveal, Enter on someone who has already scored: asking whether to start their
    /// turn again from a blank form, since their answers must not show.
    case confirmingRestart(participantID: String)
    /// "Hand the keyboard to …": the screen between people, showing nothing of anyone's scores.
    case privacy(participantID: String)
    /// A participant scoring one item (an index into the strategy's score items).
    case scoring(participantID: String, item: Int)
    /// A participant checking their answers before confirming.
    case review(participantID: String)
    /// Enter on a check with items not answered: confirming needs Enter once more.
    case confirmingGaps(participantID: String)
    /// The facilitator asked to reveal the scores and has not yet confirmed.
    case confirmingReveal
  }

  public var phase: Phase = .main
  /// While scoring: the choice moved to with ↑↓ and not yet taken with Enter; nil when the
  /// highlight is on the recorded answer (or on nothing, for an item not answered).
  public var highlight: ScoreAnswer?
  /// The participant selected in the list of who scores.
  public var scorerSelection = 0
  /// The score item selected in the results.
  public var resultSelection = 0

  public init() {}

  /// The participant whose private turn is on screen, if any.
  var participantInTurn: String? {
    switch phase {
    case .scoring(let id, _), .review(let id), .confirmingGaps(let id): id
    default: nil
    }
  }
}
