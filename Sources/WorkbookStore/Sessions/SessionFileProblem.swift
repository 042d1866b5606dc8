/// Why a session file cannot be read. The file is never modified because of one of these.
public enum SessionFileProblem: Error, Equatable, CustomStringConvertible {
  case empty
  /// Not text: a NUL byte or bytes that are not UTF-8, at a byte offset.
  case binary(offset: Int)
  /// The JSON stops in the middle, as a file cut short by a crash or a full disk does.
  case truncated(line: Int)
  /// Not valid JSON at a line and column.
  case malformed(line: Int, column: Int, detail: String)
  /// Valid JSON, but not a workbook session file (no schema number).
  case missingSchema
  /// Written by a newer version of the workbook than this one.
  case newerSchema(found: Int, supported: Int)
  /// Valid JSON with a schema, but a field is missing or holds the wrong kind of value.
  case invalidField(path: String, detail: String)

  public var description: String {
    switch self {
    case .empty:
      "the file is empty"
    case .binary(let offset):
      "the file is not text (binary data at byte \(offset)); it is not a workbook session"
    case .truncated(let line):
      "the file is cut short (the JSON ends unfinished at line \(line)); restore it from "
        + "the .history folder beside it or from a backup"
    case .malformed(let line, let column, let detail):
      "the file is not valid JSON at line \(line), column \(column): \(detail)"
    case .missingSchema:
      "the file has no \"schema\" number, so it is not a workbook session file"
    case .newerSchema(let found, let supported):
      "the file uses schema \(found), made by a newer workbook; this one reads up to schema "
        + "\(supported). Update the workbook to open it"
    case .invalidField(let path, let detail):
      "the field \(path.isEmpty ? "at the top" : "\"\(path)\"") \(detail)"
    }
  }
}
