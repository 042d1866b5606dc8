/// What can go wrong in the sessions folder, each with a message that names the file and says
/// what to do.
public enum SessionStoreError: Error, CustomStringConvertible {
  /// The file exists but cannot be used; it has not been modified.
  case unreadable(path: String, problem: SessionFileProblem)
  /// Another process is editing the session; `holder` is nil when its lock file is being written.
  case locked(path: String, holder: LockHolder?)
  case notFound(reference: String, folder: String)
  case ambiguous(reference: String, matches: [String])
  case alreadyExists(path: String)
  case system(SystemCallError)

  public var description: String {
    switch self {
    case .unreadable(let path, let problem):
      "cannot read the session \(path): \(problem). The file has not been changed."
    case .locked(let path, let holder):
      "the session \(path) is being edited by \(holder?.description ?? "another workbook process"); "
        + "follow it read-only (`workbook open SESSION --read-only`, or r on the start screen), "
        + "or edit it once they close it"
    case .notFound(let reference, let folder):
      "no session \"\(reference)\" in \(folder); `workbook list` shows the sessions there"
    case .ambiguous(let reference, let matches):
      "\"\(reference)\" could be any of \(matches.joined(separator: ", ")); type more of the id"
    case .alreadyExists(let path):
      "a session file \(path) already exists"
    case .system(let error):
      "\(error)"
    }
  }
}
