import FoundationEssentials
import WorkbookCore

/// How a session is stored: `{ "schema": N, "session": { … } }` as pretty JSON with sorted keys
/// and a final line break, so the same session always gives the same bytes and diffs well.
public enum SessionFileFormat {
  /// The schema this version writes. Older ones are migrated on load; newer ones are refused.
  public static let currentSchema = 1

  /// The bytes JSONEncoder would write with `[.prettyPrinted, .sortedKeys,
  /// .withoutEscapingSlashes]`, written by hand (see `SessionJSONWriter`).
  public static func encode(_ session: Session) -> [UInt8] {
    SessionJSONWriter.file(schema: currentSchema, session: session)
  }

  /// Reads a session file's bytes, migrating an older schema; `schema` is the one found.
  public static func decode(_ bytes: [UInt8]) throws(SessionFileProblem) -> (
    session: Session, schema: Int
  ) {
    try checkText(bytes)
    // A current file is read without Codable (see `SessionJSONReader`); anything that reader
    // declines is read by JSONDecoder, which also says what is wrong.
    if let session = SessionJSONReader.session(in: bytes) {
      try SessionFileCheck.check(session)
      return (session, currentSchema)
    }
    return try decodeWithJSONDecoder(bytes)
  }

  /// Refuses bytes that are not one JSON value in UTF-8 text, saying where.
  static func checkText(_ bytes: [UInt8]) throws(SessionFileProblem) {
    guard !bytes.isEmpty else { throw .empty }
    if let offset = bytes.firstIndex(of: 0) { throw .binary(offset: offset) }
    guard String(validating: bytes, as: UTF8.self) != nil else {
      throw .binary(offset: firstInvalidUTF8Offset(in: bytes))
    }
    if let problem = JSONSyntaxCheck.problem(in: bytes) { throw problem }
  }

  /// Reads text `checkText` accepted with JSONDecoder: any schema, and an error naming the field
  /// for a file that is not a session.
  static func decodeWithJSONDecoder(_ bytes: [UInt8]) throws(SessionFileProblem) -> (
    session: Session, schema: Int
  ) {
    let data = Data(bytes)
    let decoder = JSONDecoder()
    let schema: Int
    do {
      guard let found = try decoder.decode(SchemaProbe.self, from: data).schema else {
        throw SessionFileProblem.missingSchema
      }
      schema = found
    } catch let problem as SessionFileProblem {
      throw problem
    } catch {
      throw problem(from: error)
    }
    guard schema <= currentSchema else {
      throw .newerSchema(found: schema, supported: currentSchema)
    }
    do {
      let session: Session
      switch schema {
      case 0: session = try decoder.decode(SessionSchema0File.self, from: data).migrated()
      case currentSchema: session = try decoder.decode(CurrentFile.self, from: data).session
      default:
        throw SessionFileProblem.invalidField(
          path: "schema", detail: "is \(schema); workbook schemas start at 0")
      }
      try SessionFileCheck.check(session)
      return (session, schema)
    } catch let problem as SessionFileProblem {
      throw problem
    } catch {
      throw problem(from: error)
    }
  }

  private struct CurrentFile: Decodable {
    var schema: Int
    var session: Session
  }

  /// Only the schema number, to choose how to read the rest.
  private struct SchemaProbe: Decodable {
    var schema: Int?
  }

  private static func firstInvalidUTF8Offset(in bytes: [UInt8]) -> Int {
    var offset = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput, .error: return offset
      }
    }
  }

  private static func problem(from error: any Error) -> SessionFileProblem {
    guard let decodingError = error as? DecodingError else {
      return .invalidField(path: "", detail: "cannot be read: \(error)")
    }
    switch decodingError {
    case .keyNotFound(let key, let context):
      return .invalidField(path: describe(context.codingPath + [key]), detail: "is missing")
    case .valueNotFound(_, let context):
      return .invalidField(path: describe(context.codingPath), detail: "is null")
    case .typeMismatch(let type, let context):
      return .invalidField(
        path: describe(context.codingPath), detail: "should be \(kind(of: type))")
    case .dataCorrupted(let context):
      return .invalidField(path: describe(context.codingPath), detail: context.debugDescription)
    @unknown default:
      return .invalidField(path: "", detail: "cannot be read: \(decodingError)")
    }
  }

  private static func kind(of type: Any.Type) -> String {
    switch type {
    case is String.Type: "text"
    case is Int.Type: "a whole number"
    case is Bool.Type: "true or false"
    case is [Any].Type: "a list"
    default: "an object"
    }
  }

  /// "session.participants[0].name" from a coding path.
  private static func describe(_ path: [any CodingKey]) -> String {
    var text = ""
    for key in path {
      if let index = key.intValue {
        text += "[\(index)]"
      } else {
        text += text.isEmpty ? key.stringValue : "." + key.stringValue
      }
    }
    return text
  }
}
