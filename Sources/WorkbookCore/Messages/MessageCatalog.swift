import FoundationEssentials

/// One language's message file in the MediaWiki/banana JSON format: an object of messages by key,
/// with "@metadata" (authors, a comment) beside them. Reading it is pure: the file's text in.
public struct MessageCatalog: Sendable, Equatable {
  public var language: LanguageTag
  public var messages: [String: String]
  /// The line each key stands on (1-based), for problems that name it; empty for a built-in
  /// catalog.
  public var keyLines: [String: Int]

  public init(language: LanguageTag, messages: [String: String], keyLines: [String: Int] = [:]) {
    self.language = language
    self.messages = messages
    self.keyLines = keyLines
  }

  /// Reads a message file's text. Keys starting with "@" are metadata, not messages.
  public init(language: LanguageTag, json text: String, fileName: String)
    throws(MessageFileError)
  {
    let object: [String: MessageFileValue]
    do {
      object = try JSONDecoder().decode([String: MessageFileValue].self, from: Data(text.utf8))
    } catch {
      throw MessageFileError(
        file: fileName, line: nil,
        message: "is not a JSON object of messages (\(error)); fix the JSON or restore the file")
    }
    let lines = Self.keyLines(of: text)
    var messages: [String: String] = [:]
    for (key, value) in object where !key.hasPrefix("@") {
      guard case .text(let message) = value else {
        throw MessageFileError(
          file: fileName, line: lines[key],
          message: "the message “\(key)” is not a string; write its text in quotes")
      }
      messages[key] = message
    }
    self.init(language: language, messages: messages, keyLines: lines)
  }

  /// The line of each top-level key: banana files put one key on a line, "key": "text". Braces
  /// inside strings (a message's "{{PLURAL:…}}") do not count toward the depth.
  private static func keyLines(of text: String) -> [String: Int] {
    var lines: [String: Int] = [:]
    var depth = 0
    var inString = false
    var escaped = false
    for (index, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
      .enumerated()
    {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if depth == 1, !inString, trimmed.hasPrefix("\""), let key = leadingString(trimmed),
        lines[key] == nil
      {
        lines[key] = index + 1
      }
      for character in line {
        if escaped {
          escaped = false
        } else if inString {
          if character == "\\" { escaped = true } else if character == "\"" { inString = false }
        } else if character == "\"" {
          inString = true
        } else if character == "{" {
          depth += 1
        } else if character == "}" {
          depth -= 1
        }
      }
    }
    return lines
  }

  /// The JSON string a line starts with, decoded, when a colon follows it.
  private static func leadingString(_ line: Substring) -> String? {
    var escaped = false
    for index in line.indices.dropFirst() {
      let character = line[index]
      if escaped {
        escaped = false
      } else if character == "\\" {
        escaped = true
      } else if character == "\"" {
        let rest = line[line.index(after: index)...].drop { $0 == " " || $0 == "\t" }
        guard rest.hasPrefix(":") else { return nil }
        return try? JSONDecoder().decode(String.self, from: Data(line[...index].utf8))
      }
    }
    return nil
  }
}

/// A value in a message file: a message's text, or anything else (the "@metadata" object).
private enum MessageFileValue: Decodable {
  case text(String)
  case other

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    self = (try? container.decode(String.self)).map(MessageFileValue.text) ?? .other
  }
}
