/// How the report formats (Markdown and wikitext) prepare text a user or a content author wrote,
/// before escaping it: the same lines in both formats, so both show the same visible text.
enum ReportText {
  /// The text's lines, each without leading and trailing spaces (neither format would show them,
  /// and at a line start they could make a code block). Control characters, which a terminal or a
  /// browser would act on rather than show, become U+FFFD. Blank lines are kept.
  static func lines(of text: String) -> [String] {
    text.trimmingSpaces()
      .split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .map { String($0).trimmingSpaces().replacingControlCharacters() }
  }

  /// The text's paragraphs: runs of non-blank lines.
  static func paragraphs(of text: String) -> [[String]] {
    lines(of: text).split(whereSeparator: \.isEmpty).map(Array.init)
  }

  /// The text on one line: its non-blank lines joined by a space.
  static func singleLine(_ text: String) -> String {
    lines(of: text).filter { !$0.isEmpty }.joined(separator: " ")
  }
}

extension String {
  fileprivate func replacingControlCharacters() -> String {
    var result = String.UnicodeScalarView()
    for scalar in unicodeScalars {
      let isControl = scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
      result.append(isControl && scalar != "\t" ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }
}
