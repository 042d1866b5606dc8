/// The 1–5 scale of the questionnaire. The source page reads 4–5 as high and 1–3 as low.
public struct ScoreScale: Sendable, Equatable, Codable {
  public var minimum: Int
  public var maximum: Int
  /// The lowest score that counts as high (4 on the source page).
  public var highFrom: Int
  /// What each score means, from `minimum` to `maximum`.
  public var labels: [Int: String]

  public init(minimum: Int = 1, maximum: Int = 5, highFrom: Int = 4, labels: [Int: String] = [:]) {
    self.minimum = minimum
    self.maximum = maximum
    self.highFrom = highFrom
    self.labels = labels
  }

  public var values: ClosedRange<Int> { minimum...maximum }
}
