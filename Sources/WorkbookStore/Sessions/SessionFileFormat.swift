import FoundationEssentials
import WorkbookCore

/// How a session is stored: `{ "schema": N, "session": { … } }` as pretty JSON with sorted keys
/// and a final line break, so the same session always gives the same bytes and diffs well.
public enum SessionFileFormat {
  /// The schema this version writes. Older ones are migrated on load; newer ones are refused.
  public static let currentSchema = 1

  public static func encode(_ session: Session) -> [UInt8] {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    // A session holds only strings, integers, booleans and collections of them, which always
    // encode; a failure here is a programming error.
    let data = try! encoder.encode(CurrentFile(schema: currentSchema, session: session))
    return Array(data) + [0x0A]
  }

  /// Reads a session file's bytes, migrating an older schema; `schema` is the one found.
  /// `scoreItemIDs` gives a strategy's score items by its id, when the content is at hand: a
  /// schema-0 file needs them to tell who had finished scoring (see `SessionSchema0File`).
  public static func decode(
    _ bytes: [UInt8], scoreItemIDs: (String) -> [String]? = { _ in nil }
  ) throws(SessionFileProblem) -> (session: Session, schema: Int) {
    guard !bytes.isEmpty else { throw .empty }
    let nul = bytes.firstIndex(of: 0)
    if let offset = [nul, TextPosition.invalidUTF8(in: bytes)?.offset].compactMap({ $0 }).min() {
      let position = TextPosition(offset: offset, in: bytes)
      throw .binary(line: position.line, column: position.column, offset: offset)
    }
    let check = JSONSyntaxCheck.check(bytes)
    if let problem = check.problem { throw problem }
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
      throw problem(from: error, firstInexactNumber: check.firstInexactNumber)
    }
    guard schema <= currentSchema else {
      throw .newerSchema(found: schema, supported: currentSchema)
    }
    do {
      let session: Session
      switch schema {
      case 0:
        let file = try decoder.decode(SessionSchema0File.self, from: data)
        session = file.migrated(scoreItemIDs: scoreItemIDs(file.session.strategy))
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
      throw problem(from: error, firstInexactNumber: check.firstInexactNumber)
    }
  }

  private struct CurrentFile: Codable {
    var schema: Int
    var session: Session
  }

  /// Only the schema number, to choose how to read the rest.
  private struct SchemaProbe: Decodable {
    var schema: Int?
  }

  /// The problem a decoding error stands for. The decoder refuses a number it cannot hold
  /// (a fraction where a whole number goes) as "not valid JSON", without a place; then the
  /// first such number the syntax check noted is named with its line and column.
  static func problem(
    from error: any Error, firstInexactNumber: JSONSyntaxCheck.InexactNumber? = nil
  ) -> SessionFileProblem {
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
    case .dataCorrupted(let context) where context.codingPath.isEmpty:
      // The syntax check found nothing wrong, so this is what only the decoder refuses.
      if let firstInexactNumber { return firstInexactNumber.problem }
      return .invalidField(
        path: "", detail: "cannot be read as a session (\(context.debugDescription))")
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
