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
    // No character ends in "}" unless the last byte is one.
    guard trimmed.utf8.last == UInt8(ascii: "}") else {
      return (trimmed, ContentAttributes(), [])
    }
    if byBytes, let split = trimmed.utf8.withContiguousStorageIfAvailable(splitASCII) ?? nil {
      return split
    }
    guard trimmed.hasSuffix("}"), let open = trimmed.lastIndex(of: "{") else {
      return (trimmed, ContentAttributes(), [])
    }
    let inner = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
    var attributes = ContentAttributes()
    var problems: [String] = []
    for token in inner.split(whereSeparator: \.isWhitespace) {
      attributes.read(token: String(token), inner: { String(inner) }, problems: &problems)
    }
    return (String(trimmed[..<open]).trimmingSpaces(), attributes, problems)
  }

  /// `split` of a text's UTF-8 bytes, which makes a `String` of the whole text only where the
  /// bytes cannot decide: its ends trimmed of ASCII white space by bytes when what is left begins
  /// and ends with ASCII that is not (as `ContentText.trimmed` trims), then `splitASCII`.
  static func split(utf8 bytes: [UInt8]) -> (
    text: String, attributes: ContentAttributes, problems: [String]
  ) {
    let byBytes = bytes.withUnsafeBufferPointer { all -> (String, ContentAttributes, [String])? in
      var start = 0
      var end = all.count
      while start < end && all[start].isASCIIWhitespace { start += 1 }
      while end > start && all[end - 1].isASCIIWhitespace { end -= 1 }
      guard start < end, all[start] < 0x80, all[end - 1] < 0x80 else { return nil }
      let trimmed = UnsafeBufferPointer(rebasing: all[start..<end])
      guard trimmed.last == UInt8(ascii: "}") else {
        return (String(decoding: trimmed, as: UTF8.self), ContentAttributes(), [])
      }
      return splitASCII(trimmed)
    }
    return byBytes ?? split(String(decoding: bytes, as: UTF8.self))
  }

  /// `split` of trimmed text ending in a "}" byte, its trailing `{…}` read by bytes: when the "{"
  /// byte has ASCII on both sides and only ASCII after it (as in "Both {#both}" after text in any
  /// script), the "{" and the "}" are characters of their own, as an ASCII byte is next to ASCII,
  /// and so is every byte between them. Nil where the `Character` reading must decide.
  private static func splitASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> (
    text: String, attributes: ContentAttributes, problems: [String]
  )? {
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }
    guard let open = bytes.lastIndex(of: UInt8(ascii: "{")),
      !bytes[open...].contains(where: { $0 >= 0x80 }), open == 0 || bytes[open - 1] < 0x80
    else { return nil }
    let end = bytes.count - 1
    // The `{…}`'s inside, for a problem's message.
    let inner = { text((open + 1)..<end) }
    var attributes = ContentAttributes()
    var problems: [String] = []
    var index = open + 1
    while index < end {
      guard !bytes[index].isASCIIWhitespace else {
        index += 1
        continue
      }
      let start = index
      while index < end, !bytes[index].isASCIIWhitespace { index += 1 }
      // Each byte of the token is a character of its own: ASCII, and no "\r\n" inside.
      attributes.read(
        token: UnsafeBufferPointer(rebasing: bytes[start..<index]), inner: inner,
        problems: &problems)
    }
    // The text before the "{", without the spaces before it: by bytes when an ASCII byte that
    // is not whitespace ends it (see `ContentText.trimmed`), else by `Character`.
    var textEnd = open
    while textEnd > 0 && bytes[textEnd - 1].isASCIIWhitespace { textEnd -= 1 }
    if textEnd == 0 || bytes[textEnd - 1] < 0x80 {
      return (text(0..<textEnd), attributes, problems)
    }
    return (text(0..<open).trimmingSpaces(), attributes, problems)
  }

  /// `read(token:)` of a token of ASCII bytes, each a character of its own, making only the
  /// strings kept.
  private mutating func read(
    token: UnsafeBufferPointer<UInt8>, inner: () -> String, problems: inout [String]
  ) {
    func text(_ range: Range<Int>) -> String {
      String(decoding: UnsafeBufferPointer(rebasing: token[range]), as: UTF8.self)
    }
    if token.first == UInt8(ascii: "#") {
      read(id: text(1..<token.count), inner: inner, problems: &problems)
    } else if token.first == UInt8(ascii: "."), token.count > 1 {
      classes.append(text(1..<token.count))
    } else if let equals = token.firstIndex(of: UInt8(ascii: "=")), equals != 0 {
      values.append((text(0..<equals), text((equals + 1)..<token.count)))
    } else {
      read(token: text(0..<token.count), inner: inner, problems: &problems)
    }
  }

  /// Takes one token of a `{…}`: `#id`, `.class` or `key=value`, or says why it is none.
  private mutating func read(token: String, inner: () -> String, problems: inout [String]) {
    if token.hasPrefix("#") {
      read(id: String(token.dropFirst()), inner: inner, problems: &problems)
    } else if token.hasPrefix(".") && token.count > 1 {
      classes.append(String(token.dropFirst()))
    } else if let equals = token.firstIndex(of: "="), equals != token.startIndex {
      values.append((String(token[..<equals]), String(token[token.index(after: equals)...])))
    } else {
      problems.append(
        "“\(token)” in {\(inner())} is not an attribute; write #id, .class or key=value")
    }
  }

  /// Takes `id` as the id, or says why it cannot be: a second id, or one that is not valid (kept
  /// even then, so the item is not also reported as having no id).
  private mutating func read(id: String, inner: () -> String, problems: inout [String]) {
    if self.id != nil {
      problems.append("two ids in {\(inner())}; keep one")
    } else {
      if let problem = ContentID.problem(with: id) { problems.append(problem) }
      self.id = id
    }
  }
}
