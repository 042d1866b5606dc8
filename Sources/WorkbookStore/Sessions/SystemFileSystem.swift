import Glibc

/// The real file system, through the C library's calls.
public struct SystemFileSystem: FileSystem {
  public init() {}

  public func createExclusive(_ name: String, in folder: OpenFolder, permissions: UInt32)
    throws(SystemCallError) -> Int32
  {
    let descriptor = openat(
      folder.descriptor, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, permissions)
    guard descriptor >= 0 else { throw .last("create", folder.path(of: name)) }
    return descriptor
  }

  public func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SystemCallError) {
    var written = 0
    while written < bytes.count {
      let result = bytes.withUnsafeBytes { buffer in
        Glibc.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw .last("write", path)
      }
      written += result
    }
  }

  public func sync(_ descriptor: Int32, path: String) throws(SystemCallError) {
    guard Glibc.fsync(descriptor) == 0 else { throw .last("flush to disk", path) }
  }

  public func close(_ descriptor: Int32) {
    _ = Glibc.close(descriptor)
  }

  public func rename(_ source: String, to destination: String, in folder: OpenFolder)
    throws(SystemCallError)
  {
    guard renameat(folder.descriptor, source, folder.descriptor, destination) == 0 else {
      throw .last("rename \(folder.path(of: source)) to", folder.path(of: destination))
    }
  }

  public func syncDirectory(_ folder: OpenFolder) throws(SystemCallError) {
    guard Glibc.fsync(folder.descriptor) == 0 else {
      throw .last("flush to disk the folder", folder.path)
    }
  }

  public func link(
    _ existing: String, in folder: OpenFolder, as new: String, in newFolder: OpenFolder
  ) throws(SystemCallError) {
    // No AT_SYMLINK_FOLLOW: a link in the session's place is linked as a link, never followed.
    guard linkat(folder.descriptor, existing, newFolder.descriptor, new, 0) == 0 else {
      throw .last("link \(folder.path(of: existing)) as", newFolder.path(of: new))
    }
  }

  public func unlink(_ name: String, in folder: OpenFolder) throws(SystemCallError) {
    guard unlinkat(folder.descriptor, name, 0) == 0 else {
      throw .last("remove", folder.path(of: name))
    }
  }
}
