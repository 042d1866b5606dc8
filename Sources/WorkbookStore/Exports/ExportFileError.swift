/// Why an export was not written. The file named is always the one asked for, never the
/// temporary file the write goes through.
public enum ExportFileError: Error, Equatable, CustomStringConvertible {
  /// The file is the session's own: exporting never changes the session.
  case isSessionFile(String)
  /// The file exists and overwriting was not asked for.
  case exists(String)
  /// A system call failed (a missing folder, no permission, a full disk): the reason it gave.
  case cannotWrite(String, reason: String)

  public var description: String {
    switch self {
    case .isSessionFile(let path):
      "\(path) is the session's own file; exporting never changes the session"
    case .exists(let path): "\(path) already exists"
    case .cannotWrite(let path, let reason): "\(reason) (could not write \(path))"
    }
  }
}
