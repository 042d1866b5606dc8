/// One of the page's questions to think about, answered by the team as a whole.
public struct ReflectionQuestion: Sendable, Equatable, Codable, Identifiable {
  public var id: String
  public var text: String
  /// A quick answer the question invites (strength / challenge / both, …), if any.
  public var quickChoice: QuickChoice?
  /// Whether the question is about the scores, so the results belong beside it.
  public var aboutScores: Bool

  public init(id: String, text: String, quickChoice: QuickChoice? = nil, aboutScores: Bool = false)
  {
    self.id = id
    self.text = text
    self.quickChoice = quickChoice
    self.aboutScores = aboutScores
  }
}

/// A small closed set of answers to a reflection question.
public struct QuickChoice: Sendable, Equatable, Codable {
  public var options: [Option]

  public init(options: [Option]) { self.options = options }

  public struct Option: Sendable, Equatable, Codable, Identifiable {
    public var id: String
    public var label: String

    public init(id: String, label: String) {
      self.id = id
      self.label = label
    }
  }
}
