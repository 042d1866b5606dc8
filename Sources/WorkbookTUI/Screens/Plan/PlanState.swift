/// The Plan step: the selected row and column, and a cell while it is being written.
public struct PlanState: Sendable, Equatable {
  /// An index into the session's plan rows.
  public var row = 0
  /// An index into the plan template's columns.
  public var column = 0
  /// The cell being written, in the selected row and column; nil when not writing.
  public var cellEditor: TextEditor?
  /// The row `a` just added, while its first cell is being written: cancelling that cell takes
  /// the row away again if it is still empty.
  public var addedRowID: String?

  public init() {}
}
