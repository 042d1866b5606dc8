/// Why a session file cannot be read. The file is never modified because of one of these.
public enum SessionFileProblem: Error, Equatable, CustomStringConvertible {
  /// A link, a folder, a FIFO or a device where a session file should be: never followed or read.
  case notARegularFile(FileKind)
  /// Larger than the workbook reads (`RegularFile.sizeLimit`); refused before it is read.
  case tooLarge(size: Int, limit: Int)
  /// The file could not be opened or read, for the reason the system gave.
  case cannotRead(reason: String)
  case empty
  /// Not text: a NUL byte or bytes that are not UTF-8, at a line, column and byte offset.
  case binary(line: Int, column: Int, offset: Int)
  /// The JSON stops in the middle, as a file cut short by a crash or a full disk does.
  case truncated(line: Int)
  /// Not valid JSON at a line and column.
  case malformed(line: Int, column: Int, detail: String)
  /// A key given twice in one object: other programs read the second, so the workbook refuses
  /// to guess which was meant.
  case duplicateKey(key: String, line: Int, column: Int, firstLine: Int)
  /// Valid JSON, but not a workbook session file (no schema number).
  case missingSchema
  /// Written by a newer version of the workbook than this one.
  case newerSchema(found: Int, supported: Int)
  /// Valid JSON with a schema, but a field is missing or holds the wrong kind of value.
  case invalidField(path: String, detail: String)
  /// A file of the sessions folder whose name is not its session's id: sessions are found by
  /// id, so it would stand in for another session, or be opened under the wrong name.
  case idDoesNotMatchName(id: String, name: String)

  public var description: String {
    switch self {
    case .notARegularFile(let kind):
      "it is \(kind), not a regular file; the workbook never follows a link or reads a special "
        + "file in a sessions folder. Remove it, or put the session file itself in its place"
    case .tooLarge(let size, let limit):
      "the file holds \(ByteCount.text(size)), more than the \(ByteCount.text(limit)) a session "
        + "file may hold, so it was not read; a session the workbook writes is far smaller"
    case .cannotRead(let reason):
      "the file cannot be read: \(reason)"
    case .empty:
      "the file is empty"
    case .binary(let line, let column, let offset):
      "the file is not UTF-8 text at line \(line), column \(column) (byte \(offset)); it is not "
        + "a workbook session, or it was saved in another encoding"
    case .truncated(let line):
      "the file is cut short (the JSON ends unfinished at line \(line)); restore it from "
        + "the .history folder beside it or from a backup"
    case .malformed(let line, let column, let detail):
      "the file is not valid JSON at line \(line), column \(column): \(detail)"
    case .duplicateKey(let key, let line, let column, let firstLine):
      "the key \"\(key.prefix(60))\" is given twice in one object, on line \(firstLine) and again "
        + "at line \(line), column \(column); other programs would read the second and the "
        + "workbook does not guess: keep the one meant and remove the other"
    case .missingSchema:
      "the file has no \"schema\" number, so it is not a workbook session file"
    case .newerSchema(let found, let supported):
      "the file uses schema \(found), made by a newer workbook; this one reads up to schema "
        + "\(supported). Update the workbook to open it"
    case .invalidField(let path, let detail):
      "the field \(path.isEmpty ? "at the top" : "\"\(path)\"") \(detail)"
    case .idDoesNotMatchName(let id, let name):
      "the file holds the session \"\(id)\" but is named \(name); rename it to \(id).json, or "
        + "if it is a copy meant as a session of its own, set its \"id\" to \""
        + "\(FilePath.stem(of: name))\""
    }
  }
}
