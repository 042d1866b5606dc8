import WorkbookCore

/// A prompt's numbered choices: the lines that list them and the reading of an answer.
struct NumberedChoices<Value> {
  private(set) var entries: [(label: String, value: Value)] = []

  mutating func add(_ label: String, _ value: Value) {
    entries.append((label, value))
  }

  /// "  1. Overview", one line per choice.
  var lines: [String] {
    entries.enumerated().map { "  \($0.offset + 1). \($0.element.label)" }
  }

  /// "Type a number from 1 to 8, then Enter."
  func instruction(_ messages: Messages) -> String {
    entries.count == 1 ? messages(.plainTypeOne) : messages(.plainTypeNumber, entries.count)
  }

  /// The choice a line names by its number, spaces around it allowed; nil for anything else.
  func value(for line: String) -> Value? {
    guard let number = Int(line.trimmingSpaces()), entries.indices.contains(number - 1) else {
      return nil
    }
    return entries[number - 1].value
  }
}
