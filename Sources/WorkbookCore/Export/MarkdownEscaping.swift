/// Escapes text for GitHub-flavoured Markdown so that it shows as the same visible text and never
/// becomes markup: ASCII punctuation that can start markup gets a backslash, `<`, `>` and `&`
/// become character references (so `<script>` and `&amp;` show as typed), and line breaks become
/// `<br>` in table cells, which is the report's own markup, never the user's.
enum MarkdownEscaping {
  /// Punctuation that starts emphasis, code, links, tables, strikethrough, headings, math (`$`) or
  /// mentions (`@`) on GitHub, wherever it stands in a line.
  private static let alwaysEscaped: Set<Character> = [
    "\\", "`", "*", "_", "[", "]", "#", "|", "~", "$", "@",
  ]
  /// Punctuation that starts a list, a block quote or a heading underline only at a line start.
  private static let escapedAtLineStart: Set<Character> = ["-", "+", "="]

  /// Text on one line, such as a heading or a list item: line breaks become spaces.
  static func inline(_ text: String) -> String {
    escape(line: ReportText.singleLine(text))
  }

  /// Text in a table cell: line breaks become `<br>`; a cell never spans two lines.
  static func cell(_ text: String) -> String {
    ReportText.lines(of: text).map(escape(line:)).joined(separator: "<br>")
  }

  /// Free text as paragraphs: blank lines separate paragraphs, and a single line break stays a
  /// line break (a backslash at the end of the line).
  static func block(_ text: String) -> String {
    ReportText.paragraphs(of: text)
      .map { $0.map(escape(line:)).joined(separator: "\\\n") }
      .joined(separator: "\n\n")
  }

  /// One line with every character that could become markup neutralised.
  static func escape(line: String) -> String {
    let characters = Array(line)
    var result = ""
    for (index, character) in characters.enumerated() {
      let next = index + 1 < characters.count ? characters[index + 1] : " "
      switch character {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case _ where alwaysEscaped.contains(character):
        result += "\\\(character)"
      case _ where index == 0 && escapedAtLineStart.contains(character):
        result += "\\\(character)"
      // "1. " or "1) " at a line start begins an ordered list.
      case "." where next.isWhitespace && startsWithDigitsOnly(characters, before: index),
        ")" where next.isWhitespace && startsWithDigitsOnly(characters, before: index):
        result += "\\\(character)"
      // ":smile:" is an emoji short code on GitHub; "10:30", "a:b" and "note: x" are not.
      case ":" where startsShortCode(characters, at: index):
        result += "\\:"
      default:
        result.append(character)
      }
    }
    return result
  }

  private static func startsShortCode(_ characters: [Character], at index: Int) -> Bool {
    let isNamePart = { (character: Character) in
      character.isLetter || character.isNumber || "_+-".contains(character)
    }
    let previous = index > 0 ? characters[index - 1] : " "
    return index + 1 < characters.count && isNamePart(characters[index + 1])
      && !(previous.isLetter || previous.isNumber)
  }

  private static func startsWithDigitsOnly(_ characters: [Character], before index: Int) -> Bool {
    index > 0 && characters[..<index].allSatisfy { $0.isASCII && $0.isNumber }
  }
}
