@testable import WorkbookTUI

extension TextEditor {
  /// Presses keys in turn; returns the outcome of the last.
  @discardableResult
  mutating func press(_ keys: Key...) -> EditorOutcome {
    var outcome = EditorOutcome.editing
    for key in keys { outcome = handle(key) }
    return outcome
  }

  /// Types text one character at a time, as a person at the keyboard does.
  mutating func type(_ typed: String) {
    for character in typed { _ = handle(.character(character)) }
  }

  /// The rows as the field shows them.
  var rows: [String] { layout().map { String($0.text) } }
}

/// The rows `text` wraps to in a field `width` columns wide.
func wrapped(_ text: String, width: Int) -> [String] {
  VisualLine.wrap(text, width: width).map { String($0.text) }
}
