/// Escapes text for MediaWiki wikitext so that it shows as the same visible text and never breaks
/// a table, becomes markup, runs a template or signs a page: any text with a character outside a
/// small safe set goes inside `<nowiki>…</nowiki>`, with `&`, `<` and `>` written as character
/// references there (MediaWiki still decodes them inside nowiki, and a literal `</nowiki>` can then
/// never close the tag early). Line breaks become `<br />`, the report's own markup.
enum WikitextEscaping {
  /// ASCII punctuation that is never markup in wikitext, wherever it stands. (Every character
  /// of wikitext markup is ASCII, so text outside ASCII is always safe.)
  private static let safePunctuation: Set<Character> = [
    ".", ",", "(", ")", "?", "%", "/", "\"", "+", "@", "$", "^", "`", "\\",
  ]
  /// ASCII punctuation that is markup only at a line start (an indent, a definition, a rule).
  private static let safeAfterLineStart: Set<Character> = [":", ";", "-"]

  /// Text on one line, such as a heading or a list item: line breaks become spaces.
  static func inline(_ text: String) -> String {
    protect(line: ReportText.singleLine(text))
  }

  /// Text in a table cell: line breaks become `<br />`; a cell never spans two lines.
  static func cell(_ text: String) -> String {
    ReportText.lines(of: text).map(protect(line:)).joined(separator: "<br />")
  }

  /// Free text as paragraphs: blank lines separate paragraphs, and a single line break stays a
  /// line break.
  static func block(_ text: String) -> String {
    ReportText.paragraphs(of: text)
      .map { $0.map(protect(line:)).joined(separator: "<br />\n") }
      .joined(separator: "\n\n")
  }

  /// One line, wrapped in nowiki unless every character is safe where it stands.
  static func protect(line: String) -> String {
    let characters = Array(line)
    let isPlain = characters.indices.allSatisfy { index in
      let character = characters[index]
      if !character.isASCII || character.isLetter || character.isNumber || character == " " {
        return true
      }
      if safePunctuation.contains(character) { return true }
      if index > 0 && safeAfterLineStart.contains(character) { return true }
      // A lone apostrophe is text; two or more make bold or italics.
      return character == "'" && (index == 0 || characters[index - 1] != "'")
        && (index + 1 == characters.count || characters[index + 1] != "'")
    }
    if isPlain { return line }
    var escaped = ""
    for character in line {
      switch character {
      case "&": escaped += "&amp;"
      case "<": escaped += "&lt;"
      case ">": escaped += "&gt;"
      default: escaped.append(character)
      }
    }
    return "<nowiki>\(escaped)</nowiki>"
  }
}
