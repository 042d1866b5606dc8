/// The Reflection step: which question is on screen, and its answer while it is being written.
public struct ReflectionState: Sendable, Equatable {
  /// An index into the strategy's reflection questions.
  public var selection = 0
  /// The team's answer being written, for the selected question; nil when not writing.
  public var editor: TextEditor?

  public init() {}
}
