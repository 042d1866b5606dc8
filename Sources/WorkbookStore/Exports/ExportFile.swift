import Glibc

/// Writes an export's text to a file in one step, for `workbook export` and the Export screen
/// alike: a temporary file in the same folder, flushed, then renamed over the file (or, when
/// overwriting was not asked for, linked to the name, which fails if the name exists, so a file
/// that appears meanwhile is never replaced). A failed write leaves any earlier file whole. A
/// link in the file's place is never written through: it is kept unless overwriting is asked
/// for, and then replaced by the file itself.
public struct ExportFile {
  var fileSystem: any FileSystem

  public init(fileSystem: any FileSystem = SystemFileSystem()) {
    self.fileSystem = fileSystem
  }

  /// Writes `text` to `path` and returns the file's absolute path, links resolved. Refuses the
  /// session's own file (`sessionFile`), and an existing file unless `overwrite` is true.
  @discardableResult
  public func write(
    _ text: String, to path: String, overwrite: Bool, sessionFile: String? = nil
  ) throws(ExportFileError) -> String {
    if let sessionFile, let target = Self.realPath(path), target == Self.realPath(sessionFile) {
      throw .isSessionFile(path)
    }
    if !overwrite, Self.realPath(path) != nil { throw .exists(path) }
    let name = FilePath.name(of: path)
    let folder: OpenFolder
    do throws(SystemCallError) {
      folder = try OpenFolder.open(FilePath.folder(of: path))
    } catch {
      throw .cannotWrite(path, reason: error.reason)
    }
    let temporary: String
    do throws(SystemCallError) {
      temporary = try AtomicFileWriter.writeTemporaryFile(
        Array(text.utf8), beside: name, in: folder, permissions: 0o644, fileSystem: fileSystem)
    } catch {
      throw .cannotWrite(path, reason: error.reason)
    }
    do throws(SystemCallError) {
      if overwrite {
        try fileSystem.rename(temporary, to: name, in: folder)
      } else {
        try fileSystem.link(temporary, in: folder, as: name, in: folder)
        try? fileSystem.unlink(temporary, in: folder)
      }
    } catch {
      try? fileSystem.unlink(temporary, in: folder)
      if error.code == EEXIST, error.path == folder.path(of: name) { throw .exists(path) }
      throw .cannotWrite(path, reason: error.reason)
    }
    // The file is written; a folder that cannot be flushed does not make it unwritten.
    try? fileSystem.syncDirectory(folder)
    return Self.realPath(path) ?? path
  }

  /// The absolute path with links resolved, or nil when nothing exists there.
  static func realPath(_ path: String) -> String? {
    guard let resolved = realpath(path, nil) else { return nil }
    defer { free(resolved) }
    return String(cString: resolved)
  }
}
