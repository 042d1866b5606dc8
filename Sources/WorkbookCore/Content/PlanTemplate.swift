/// The shape of the capacity building plan: its introduction and its columns.
/// The source page's table did not survive, so the columns are the workbook's own.
public struct PlanTemplate: Sendable, Equatable, Codable {
  public var introduction: String
  public var columns: [PlanColumn]

  public init(introduction: String, columns: [PlanColumn]) {
    self.introduction = introduction
    self.columns = columns
  }
}

/// One column of the plan table.
public struct PlanColumn: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  /// A hint shown when the cell is empty ("Who will do it?").
  public var hint: String

  public init(id: String, title: String, hint: String) {
    self.id = id
    self.title = title
    self.hint = hint
  }
}
