import WorkbookCore

/// The Recommendations step: what is listed and in which order, the selection, and a note while
/// it is being written.
public struct RecommendationsState: Sendable, Equatable {
  /// An index into the listed recommendations (after the filter and the order).
  public var selection = 0
  /// Only recommendations with this status; nil lists them all.
  public var filter: ReviewStatus?
  public var weakAreasFirst = false
  /// The note being written, for the selected recommendation; nil when not writing.
  public var noteEditor: TextEditor?

  public init() {}
}
