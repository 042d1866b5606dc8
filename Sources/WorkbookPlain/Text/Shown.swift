import WorkbookCore

/// Text from files or people on its way to the console, through the project's one escaping: a
/// control character shows as an escape and does nothing.
enum Shown {
  /// A value inside a line: a title, a name, a file name.
  static func field(_ text: some StringProtocol) -> String {
    TerminalText.field(text)
  }

  /// Text of several lines (an answer, a note, content): each line escaped, the breaks kept.
  static func lines(_ text: some StringProtocol) -> [String] {
    TerminalText.document(text).split(separator: "\n", omittingEmptySubsequences: false)
      .map(String.init)
  }

  /// Text of several lines indented under a heading, or `empty` ("(nothing written yet)").
  static func indented(_ text: String, empty: String) -> [String] {
    guard !text.trimmingSpaces().isEmpty else { return ["    " + empty] }
    return lines(text).map { "    " + $0 }
  }
}
