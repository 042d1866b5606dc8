/// A participant's answer to one score item. "Don't know" and "not applicable" are different
/// answers; an item with no answer at all is unanswered, a fourth thing.
public enum ScoreAnswer: Sendable, Equatable, Hashable {
  case score(Int)
  case dontKnow
  case notApplicable

  /// The numeric score, if the answer is one.
  public var value: Int? {
    if case .score(let value) = self { return value }
    return nil
  }

  /// The answer as a user types it and as files store it: "1"…"5", "?" or "na".
  public var token: String {
    switch self {
    case .score(let value): String(value)
    case .dontKnow: "?"
    case .notApplicable: "na"
    }
  }

  /// Reads "1"…"5" (within `scale`), "?" or "na" (any case, surrounding spaces ignored).
  public init?(token: String, scale: ClosedRange<Int> = 1...5) {
    let trimmed = token.trimmingSpaces().lowercased()
    switch trimmed {
    case "?": self = .dontKnow
    case "na", "n/a": self = .notApplicable
    default:
      guard let value = Int(trimmed), scale.contains(value) else { return nil }
      self = .score(value)
    }
  }
}

extension ScoreAnswer: Codable {
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int.self) {
      self = .score(value)
      return
    }
    let text = try container.decode(String.self)
    guard let answer = ScoreAnswer(token: text, scale: Int.min...Int.max) else {
      throw DecodingError.dataCorruptedError(
        in: container, debugDescription: "expected a score 1–5, \"?\" or \"na\", found \"\(text)\"")
    }
    self = answer
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    switch self {
    case .score(let value): try container.encode(value)
    case .dontKnow, .notApplicable: try container.encode(token)
    }
  }
}
