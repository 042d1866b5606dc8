/// The Pandoc-style attributes at the end of a heading or list item: `{#id .class key=value}`.
struct ContentAttributes {
  var id: String?
  var classes: [String] = []
  var values: [(key: String, value: String)] = []

  func value(_ key: String) -> String? { values.first { $0.key == key }?.value }

  /// Splits `text {#id .class key=value}` into the text and its attributes. Text without a
  /// trailing `{…}` has no attributes. Problems are messages about malformed attributes.
  static func split(_ text: String) -> (
    text: String, attributes: ContentAttributes, problems: [String]
  ) {
    let trimmed = text.trimmingSpaces()
    // By bytes where the text is ASCII, by Character otherwise (see `isAllASCII`).
    let ascii = trimmed.isAllASCII
    guard ascii ? trimmed.utf8.last == UInt8(ascii: "}") : trimmed.hasSuffix("}"),
      let open = ascii ? trimmed.utf8.lastIndex(of: UInt8(ascii: "{")) : trimmed.lastIndex(of: "{")
    else {
      return (trimmed, ContentAttributes(), [])
    }
    let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    let tokens =
      ascii
      ? inner.utf8.split(whereSeparator: \.isASCIIWhitespace).map {
        String(decoding: $0, as: UTF8.self)
      }
      : inner.split(whereSeparator: \.isWhitespace).map(String.init)
    var attributes = ContentAttributes()
    var problems: [String] = []
    for token in tokens {
      if token.hasPrefix("#") {
        let id = String(token.dropFirst())
        if attributes.id != nil {
          problems.append("two ids in {\(inner)}; keep one")
        } else {
          // Kept even when invalid, so the item is not also reported as having no id.
          if let problem = ContentID.problem(with: id) { problems.append(problem) }
          attributes.id = id
        }
      } else if token.hasPrefix(".") && token.count > 1 {
        attributes.classes.append(String(token.dropFirst()))
      } else if let equals = token.firstIndex(of: "="), equals != token.startIndex {
        let key = String(token[..<equals])
        let value = String(token[token.index(after: equals)...])
        attributes.values.append((key, value))
      } else {
        problems.append(
          "“\(token)” in {\(inner)} is not an attribute; write #id, .class or key=value")
      }
    }
    return (String(trimmed[..<open]).trimmingSpaces(), attributes, problems)
  }
}
