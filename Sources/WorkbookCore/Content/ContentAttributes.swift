/// The Pandoc-style attributes at the end of a heading or list item: `{#id .class key=value}`.
struct ContentAttributes {
  var id: String?
  var classes: [String] = []
  var values: [(key: String, value: String)] = []

  func value(_ key: String) -> String? { values.first { $0.key == key }?.value }

  /// Splits `text {#id .class key=value}` into the text and its attributes. Text without a
  /// trailing `{…}` has no attributes. Problems are messages about malformed attributes.
  /// `byBytes` is false only for the test that holds the reading by bytes to the reading by
  /// `Character`.
  static func split(_ text: String, byBytes: Bool = true) -> (
    text: String, attributes: ContentAttributes, problems: [String]
  ) {
    let trimmed = text.trimmingSpaces()
    guard let (open, ascii) = attributesStart(in: trimmed, byBytes: byBytes) else {
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

  /// Where the text's trailing `{…}` begins, its last "{" when its last character is "}", and
  /// whether the `{…}` is ASCII, to be read by bytes. Found by bytes when the "{" byte has ASCII
  /// on both sides and only ASCII after it (as in "Both {#both}" after text in any script): the
  /// "{" and the "}" are then characters of their own, as an ASCII byte is next to ASCII. By
  /// `Character` otherwise.
  private static func attributesStart(in text: String, byBytes: Bool) -> (String.Index, Bool)? {
    let bytes = text.utf8
    // No character ends in "}" unless the last byte is one.
    guard bytes.last == UInt8(ascii: "}") else { return nil }
    if byBytes, let open = bytes.lastIndex(of: UInt8(ascii: "{")),
      bytes[open...].allSatisfy({ $0 < 0x80 }),
      open == bytes.startIndex || bytes[bytes.index(before: open)] < 0x80
    {
      return (open, true)
    }
    guard text.hasSuffix("}"), let open = text.lastIndex(of: "{") else { return nil }
    return (open, false)
  }
}
