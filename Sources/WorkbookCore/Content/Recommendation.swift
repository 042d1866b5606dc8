/// A heading of the page's recommendations, with the recommendations under it.
public struct RecommendationGroup: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var title: String
  public var recommendations: [Recommendation]

  public init(id: String, title: String, recommendations: [Recommendation]) {
    self.id = id
    self.title = title
    self.recommendations = recommendations
  }
}

/// One concrete recommendation of the page.
public struct Recommendation: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var text: String

  public init(id: String, text: String) {
    self.id = id
    self.text = text
  }
}
