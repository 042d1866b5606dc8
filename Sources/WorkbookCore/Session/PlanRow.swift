/// One row of the capacity building plan: a cell per plan column id, and optionally the
/// recommendation it came from or the earlier session's row it carries on.
public struct PlanRow: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var cells: [String: String]
  public var recommendationID: String?
  /// The id of the earlier session's plan row this row carries on (see `EarlierSession`); older
  /// files have none.
  public var carriedFrom: String?

  public init(
    id: String, cells: [String: String] = [:], recommendationID: String? = nil,
    carriedFrom: String? = nil
  ) {
    self.id = id
    self.cells = cells
    self.recommendationID = recommendationID
    self.carriedFrom = carriedFrom
  }

  public subscript(column: String) -> String {
    get { cells[column] ?? "" }
    set { cells[column] = newValue.isEmpty ? nil : newValue }
  }
}
