/// A section of the page kept for reference, such as the organizations with expertise or the
/// community resources: an introduction and a list of entries.
public struct ReferenceSection: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var introduction: String
  public var items: [String]

  public init(id: String, title: String, introduction: String, items: [String]) {
    self.id = id
    self.title = title
    self.introduction = introduction
    self.items = items
  }
}
