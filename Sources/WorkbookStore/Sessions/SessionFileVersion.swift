import Glibc

/// Which version of a session file is in the folder: its inode and device (a save renames a new
/// file over the old one), modification time and size. A reader following another terminal's
/// edits compares it to the one it read to know when to read again.
public struct SessionFileVersion: Sendable, Equatable {
  let device: UInt64
  let inode: UInt64
  let modifiedSeconds: Int
  let modifiedNanoseconds: Int
  let size: Int

  /// The version at `path` now, or nil when there is no file to read.
  public init?(path: String) {
    var info = stat()
    guard stat(path, &info) == 0 else { return nil }
    device = UInt64(info.st_dev)
    inode = UInt64(info.st_ino)
    modifiedSeconds = Int(info.st_mtim.tv_sec)
    modifiedNanoseconds = Int(info.st_mtim.tv_nsec)
    size = Int(info.st_size)
  }
}
