import WorkbookCore

/// A translation file that passed its check against its source: the strategy as it reads in the
/// translation's language and the warnings about texts that still fall back to the source.
public struct TranslationCheck: Sendable, Equatable {
  public var file: String
  public var source: String
  public var language: String
  public var strategy: Strategy
  public var warnings: [ContentProblem]
}
