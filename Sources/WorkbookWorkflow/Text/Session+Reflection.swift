import WorkbookCore

extension Session {
  /// Sets the quick choice of a reflection question (an option's id, or nil for none).
  public mutating func setReflectionChoice(_ choice: String?, questionID: String) {
    reflection[questionID, default: ReflectionAnswer()].choice = choice
  }

  /// The quick choice after (or before) the current one of `question`: past either end, none, so
  /// the choice can be taken back. Nil when the question offers no choice.
  public func steppedReflectionChoice(_ question: ReflectionQuestion, forward: Bool) -> String?? {
    guard let options = question.quickChoice?.options, !options.isEmpty else { return nil }
    let sequence: [String?] = [nil] + options.map { Optional.some($0.id) }
    let index = sequence.firstIndex(of: reflection[question.id]?.choice) ?? 0
    let next = (index + (forward ? 1 : sequence.count - 1)) % sequence.count
    return .some(sequence[next])
  }
}
