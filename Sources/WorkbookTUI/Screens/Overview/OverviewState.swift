/// The Overview step: how far the text has been scrolled.
public struct OverviewState: Sendable, Equatable {
  /// The first line of the text on screen.
  public var scroll = 0

  public init() {}
}
