import WorkbookCore

/// Why content could not be loaded, worded for the person who runs the workbook.
public enum ContentLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  /// No content folder was given and none was found in the usual places.
  case folderNotFound(tried: [String])
  /// A path the user named (with `--content`, `WORKBOOK_CONTENT` or an argument) does not exist.
  case pathNotFound(path: String, namedBy: String)
  /// The content folder holds no strategy file.
  case noStrategies(folder: String)
  /// A file or folder exists but cannot be read.
  case unreadable(path: String, reason: String)
  /// The content was read but is not valid; every problem with its file and line.
  case invalid(ContentProblems)

  public var description: String {
    switch self {
    case .folderNotFound(let tried):
      "no content folder found; looked in:\n"
        + tried.map { "  \($0)" }.joined(separator: "\n")
        + "\nname one with --content DIR or the WORKBOOK_CONTENT environment variable"
    case .pathNotFound(let path, let namedBy):
      "\(path): no such file or folder (named by \(namedBy)); check the path"
    case .noStrategies(let folder):
      "\(folder): no strategy files (*.md) in this folder; add one (see docs/content-format.md)"
    case .unreadable(let path, let reason):
      "\(path): cannot be read (\(reason))"
    case .invalid(let problems):
      problems.description
    }
  }
}
