import FoundationEssentials
import WorkbookCore

/// How a session is stored: `{ "schema": N, "session": { … } }` as pretty JSON with sorted keys
/// and a final line break, so the same session always gives the same bytes and diffs well.
public enum SessionFileFormat {
  /// The schema this version writes. Older ones are migrated on load; newer ones are refused.
  public static let currentSchema = 1

  /// The bytes JSONEncoder writes with `[.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]`
  /// and a final line break, written without Codable (see `SessionJSONWriter`).
  public static func encode(_ session: Session) -> [UInt8] {
    SessionJSONWriter.file(schema: currentSchema, session: session)
  }

  /// Reads a session file's bytes, migrating an older schema; `schema` is the one found.
  /// `scoreItemIDs` gives a strategy's score items by its id, when the content is at hand: a
  /// schema-0 file needs them to tell who had finished scoring (see `SessionSchema0File`).
  public static func decode(
    _ bytes: [UInt8], scoreItemIDs: (String) -> [String]? = { _ in nil }
  ) throws(SessionFileProblem) -> (session: Session, schema: Int) {
    // Text that `checkText` lets through is known by one look at eight bytes at a time (nearly
    // every file is ASCII): only text it refuses is gone through again, to say where.
    guard bytes.withUnsafeBufferPointer(isText) else {
      try checkText(bytes)
      return try decodeWithJSONDecoder(bytes, scoreItemIDs: scoreItemIDs)
    }
    // A current file is read without Codable when the reader of our own is sure of every byte
    // of it (its syntax is stricter than the check's); anything it declines is checked and read
    // by JSONDecoder as before, which says what is wrong.
    if let session = SessionJSONReader.session(in: bytes) {
      try SessionFileCheck.check(session)
      return (session, currentSchema)
    }
    return try decodeWithJSONDecoder(bytes, scoreItemIDs: scoreItemIDs)
  }

  /// A session file's bytes read for `workbook list`: the session without its plan rows' cells
  /// and its participants' scores (see `SessionJSONReader.listedSession(in:)`). A file that
  /// reading declines, or that the store's check refuses, is read by `decode`: the whole session,
  /// or the same problem as any other reading of the file names.
  public static func decodeForListing(
    _ bytes: UnsafeBufferPointer<UInt8>, scoreItemIDs: (String) -> [String]? = { _ in nil }
  ) throws(SessionFileProblem) -> Session {
    if isText(bytes), let session = SessionJSONReader.listedSession(in: bytes),
      (try? SessionFileCheck.check(session)) != nil
    {
      return session
    }
    return try decode(Array(bytes), scoreItemIDs: scoreItemIDs).session
  }

  /// Whether `checkText` lets `bytes` through, found without a position to report: ASCII
  /// without a NUL (nearly every file) by a look at eight bytes at a time, anything else by the
  /// standard library's validation.
  static func isText(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard !bytes.isEmpty else { return false }
    var offset = 0
    if let start = bytes.baseAddress {
      let raw = UnsafeRawPointer(start)
      let high: UInt64 = 0x8080_8080_8080_8080
      let low: UInt64 = 0x0101_0101_0101_0101
      while offset + 8 <= bytes.count {
        let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
        // A byte of 0x80 or more sets its high bit in `word`; a zero byte sets it in the second
        // term (the classic test for a zero byte in a word).
        guard (word | ((word &- low) & ~word)) & high == 0 else { break }
        offset += 8
      }
    }
    let rest = UnsafeBufferPointer(rebasing: bytes[offset...])
    if !rest.contains(where: { $0 == 0 || $0 >= 0x80 }) { return true }
    return !rest.contains(0) && String(validating: rest, as: UTF8.self) != nil
  }

  /// Refuses bytes that are empty, hold a NUL or are not UTF-8, saying where.
  static func checkText(_ bytes: [UInt8]) throws(SessionFileProblem) {
    guard !bytes.isEmpty else { throw .empty }
    let nul = bytes.firstIndex(of: 0)
    if let offset = [nul, TextPosition.invalidUTF8(in: bytes)?.offset].compactMap({ $0 }).min() {
      let position = TextPosition(offset: offset, in: bytes)
      throw .binary(line: position.line, column: position.column, offset: offset)
    }
  }

  /// Reads UTF-8 text without a NUL with the syntax check and JSONDecoder: any schema, and an
  /// error naming the place or the field for a file that is not a session.
  static func decodeWithJSONDecoder(
    _ bytes: [UInt8], scoreItemIDs: (String) -> [String]? = { _ in nil }
  ) throws(SessionFileProblem) -> (session: Session, schema: Int) {
    let check = JSONSyntaxCheck.check(bytes)
    if let problem = check.problem { throw problem }
    do {
      // One decoding for the schema and the session: the decoder reads the whole text into its
      // own tree at every call, so a separate look at the schema would read the file twice.
      let file = try JSONDecoder().decode(StoredFile.self, from: Data(bytes))
      let session: Session
      switch file {
      case .current(let current): session = current
      case .schema0(let old):
        session = old.migrated(scoreItemIDs: scoreItemIDs(old.session.strategy))
      }
      try SessionFileCheck.check(session)
      return (session, file.schema)
    } catch let problem as SessionFileProblem {
      throw problem
    } catch {
      throw problem(from: error, firstInexactNumber: check.firstInexactNumber)
    }
  }

  /// A file as read: the schema number first, which chooses how to read the rest.
  private enum StoredFile: Decodable {
    case current(Session)
    case schema0(SessionSchema0File)

    var schema: Int {
      switch self {
      case .current: currentSchema
      case .schema0: 0
      }
    }

    private enum Key: String, CodingKey {
      case schema, session
    }

    init(from decoder: any Decoder) throws {
      let container = try decoder.container(keyedBy: Key.self)
      guard let schema = try container.decodeIfPresent(Int.self, forKey: .schema) else {
        throw SessionFileProblem.missingSchema
      }
      guard schema <= currentSchema else {
        throw SessionFileProblem.newerSchema(found: schema, supported: currentSchema)
      }
      switch schema {
      case 0: self = .schema0(try SessionSchema0File(from: decoder))
      case currentSchema: self = .current(try container.decode(Session.self, forKey: .session))
      default:
        throw SessionFileProblem.invalidField(
          path: "schema", detail: "is \(schema); workbook schemas start at 0")
      }
    }
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
