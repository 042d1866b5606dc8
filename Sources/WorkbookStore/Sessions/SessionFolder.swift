import Glibc

/// Opening a folder that holds sessions: it must be a folder, and one no one else can change
/// (`FolderSafety`), before anything in it is read or written.
enum SessionFolder {
  /// The folder at `path`, checked; nil when nothing is there.
  static func open(_ path: String) throws(SessionStoreError) -> OpenFolder? {
    let folder: OpenFolder
    do throws(SystemCallError) {
      folder = try OpenFolder.open(path)
    } catch {
      switch error.code {
      case ENOENT: return nil
      case ENOTDIR: throw .notAFolder(path: path)
      default: throw .system(error)
      }
    }
    if let problem = FolderSafety.problem(with: folder.status, path: path) {
      throw .unsafeFolder(path: path, problem: problem)
    }
    return folder
  }

  /// The folder at `path`, checked, which must exist.
  static func existing(_ path: String) throws(SessionStoreError) -> OpenFolder {
    guard let folder = try open(path) else {
      throw .system(SystemCallError(operation: "open the folder", path: path, code: ENOENT))
    }
    return folder
  }
}
