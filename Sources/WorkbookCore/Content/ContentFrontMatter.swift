/// The block between the two `---` lines at the top of a content file: one `key: value` per line.
struct ContentFrontMatter {
  /// The fields every strategy file must have, in the order the documentation lists them.
  static let requiredKeys = [
    "id", "title", "report-question", "version", "source", "licence", "attribution",
  ]

  /// The fields a translation adds: its language and the note saying who made it and that it is
  /// open to review.
  static let translationKeys = ["language", "translation"]

  /// Each field's value and the line it is on.
  var fields: [String: (value: String, line: Int)] = [:]
  /// The line of the closing `---`, where a missing field belongs.
  var closingLine: Int
  /// The index in the file's lines where the body starts.
  var bodyStart: Int

  /// Reads the front matter from the file's lines, reporting each malformed, unknown, repeated or
  /// missing field. A strategy file takes `requiredKeys`; a translation names its own.
  static func read(
    _ file: ContentText, required: [String] = requiredKeys, known: [String] = requiredKeys,
    problems: inout [(line: Int, message: String)]
  ) -> ContentFrontMatter {
    func isRule(_ index: Int) -> Bool { file.bytes(file.trimmed(file.lines[index]), are: "---") }
    guard isRule(0) else {
      problems.append(
        (
          1,
          "the file must start with front matter: a line ---, the fields "
            + required.joined(separator: ", ") + ", then ---"
        ))
      return ContentFrontMatter(closingLine: 1, bodyStart: 0)
    }
    guard let closing = file.lines.indices.dropFirst().first(where: isRule) else {
      problems.append((1, "the front matter is not closed; add a line --- after its last field"))
      return ContentFrontMatter(closingLine: 1, bodyStart: file.lines.count)
    }
    var frontMatter = ContentFrontMatter(closingLine: closing + 1, bodyStart: closing + 1)
    frontMatter.fields.reserveCapacity(known.count)
    for index in 1..<closing {
      let line = index + 1
      let text = file.string(file.trimmed(file.lines[index]))
      if text.isEmpty || text.hasPrefix("#") { continue }
      guard let colon = ContentText.firstColon(in: text, byBytes: file.byBytes) else {
        problems.append((line, "“\(text)” is not a field; write key: value, such as version: 1"))
        continue
      }
      let key = String(text[..<colon]).trimmingSpaces()
      let value = unquoted(String(text[text.index(after: colon)...]).trimmingSpaces())
      if !known.contains(key) {
        let fields = known.joined(separator: ", ")
        problems.append((line, "unknown front matter field “\(key)”; the fields are \(fields)"))
      } else if let earlier = frontMatter.fields[key] {
        problems.append(
          (line, "“\(key)” is given twice (also on line \(earlier.line)); keep one"))
      } else if value.isEmpty {
        problems.append((line, "empty text: “\(key)” needs a value after the colon"))
      } else {
        frontMatter.fields[key] = (value, line)
      }
    }
    for key in required where frontMatter.fields[key] == nil {
      // A field given but empty or repeated already has its problem.
      if (1..<closing).contains(where: {
        file.string(file.trimmed(file.lines[$0])).hasPrefix(key + ":")
      }) {
        continue
      }
      problems.append(
        (closing + 1, "the front matter has no “\(key)”; add a line such as \(example(key))"))
    }
    return frontMatter
  }

  func value(_ key: String) -> String { fields[key]?.value ?? "" }
  func line(_ key: String) -> Int { fields[key]?.line ?? closingLine }

  private static func unquoted(_ value: String) -> String {
    if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 {
      return String(value.dropFirst().dropLast())
    }
    return value
  }

  private static func example(_ key: String) -> String {
    switch key {
    case "id": "id: my-strategy"
    case "title": "title: The strategy’s title"
    case "report-question": "report-question: 6"
    case "version": "version: 1"
    case "source": "source: https://meta.wikimedia.org/wiki/…"
    case "licence": "licence: CC BY-SA 4.0"
    case "language": "language: de"
    case "translation": "translation: Made for the workbook and open to review"
    default: "attribution: Adapted from … on Meta-Wiki"
    }
  }
}
