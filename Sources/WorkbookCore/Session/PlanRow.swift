/// One row of the capacity building plan: a cell per plan column id, and optionally the
/// recommendation it came from.
public struct PlanRow: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var cells: [String: String]
  public var recommendationID: String?

  public init(id: String, cells: [String: String] = [:], recommendationID: String? = nil) {
    self.id = id
    self.cells = cells
    self.recommendationID = recommendationID
  }

  public subscript(column: String) -> String {
    get { cells[column] ?? "" }
    set { cells[column] = newValue.isEmpty ? nil : newValue }
  }
}
