import Glibc

/// Who the files the workbook writes belong to. A file it replaces keeps its permissions and its
/// owner; a new file is private (0600, folders 0700). Run as root (`sudo workbook …`) in someone
/// else's folder, what it creates or replaces there goes to that folder's or file's owner, so
/// they can still open their sessions afterwards; an ordinary user cannot give files away and
/// needs no such care.
enum FileOwnership {
  /// Gives the new file or folder open at `descriptor` to the owner of `folder` when running as
  /// root in a folder that is not root's.
  static func giveNewFile(_ descriptor: Int32, path: String, in folder: OpenFolder)
    throws(SystemCallError)
  {
    guard geteuid() == 0, folder.status.st_uid != 0 else { return }
    guard fchown(descriptor, folder.status.st_uid, folder.status.st_gid) == 0 else {
      throw .last("give to the folder's owner", path)
    }
  }

  /// Makes the file at `descriptor`, about to replace `existing`, have its permissions and (as
  /// root) its owner; with no file to replace, treats it as new (`giveNewFile`).
  static func match(
    _ descriptor: Int32, path: String, replacing existing: stat?, in folder: OpenFolder
  ) throws(SystemCallError) {
    guard let existing else { return try giveNewFile(descriptor, path: path, in: folder) }
    let permissions = existing.st_mode & 0o777
    if permissions != 0o600 {
      guard fchmod(descriptor, permissions) == 0 else {
        throw .last("keep the permissions of", path)
      }
    }
    guard geteuid() == 0, existing.st_uid != 0 || existing.st_gid != 0 else { return }
    guard fchown(descriptor, existing.st_uid, existing.st_gid) == 0 else {
      throw .last("keep the owner of", path)
    }
  }
}
