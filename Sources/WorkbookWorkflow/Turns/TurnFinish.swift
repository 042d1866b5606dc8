/// What finishing a private turn did, for the front end to say.
public enum TurnFinish: Sendable, Equatable {
  /// The person's scores are saved and stay hidden until the reveal.
  case hidden
  /// The scores are visible: a solo session reveals on finishing, and after the reveal a
  /// rescore shows at once.
  case visible
}
