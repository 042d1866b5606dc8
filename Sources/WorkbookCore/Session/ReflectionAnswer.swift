/// The team's answer to one reflection question: free text, plus a quick choice where the
/// question offers one (the option's id).
public struct ReflectionAnswer: Sendable, Equatable, Codable {
  public var text: String
  public var choice: String?

  public init(text: String = "", choice: String? = nil) {
    self.text = text
    self.choice = choice
  }

  public var isEmpty: Bool { text.trimmingSpaces().isEmpty && choice == nil }
}
