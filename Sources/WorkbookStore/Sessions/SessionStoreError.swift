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
  /// The sessions folder (or a session's folder) is a file or something else, not a folder.
  case notAFolder(path: String)
  /// Someone else could change what the folder holds (see `FolderSafety`); nothing was done.
  case unsafeFolder(path: String, problem: String)
  /// Something the workbook did not make is where it reads or writes one of its own files
  /// (a link, a FIFO, a hard link to another file): left as it is, and nothing was done.
  case unexpectedFile(path: String, found: String, expected: String)
  /// A session has no kept version with this number.
  case noSuchVersion(path: String, number: Int, kept: [Int])
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
    case .notAFolder(let path):
      "\(path) is not a folder; sessions live in a folder (give one with --dir DIR)"
    case .unsafeFolder(let path, let problem):
      "the workbook does not use the folder \(path): \(problem)"
    case .unexpectedFile(let path, let found, let expected):
      "\(path) is \(found), where the workbook expects \(expected); it was left as it is and "
        + "nothing was done. Remove it if no one meant it to be there, and try again"
    case .noSuchVersion(let path, let number, let kept):
      "the session \(path) has no kept version \(number); "
        + (kept.isEmpty
          ? "it has none yet"
          : "the kept versions are \(kept.map(String.init).joined(separator: ", "))")
        + " (`workbook history` lists them)"
    case .system(let error):
      "\(error)"
    }
  }
}
