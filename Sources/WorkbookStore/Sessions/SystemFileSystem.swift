import Glibc

/// The real file system, through the C library's calls.
public struct SystemFileSystem: FileSystem {
  public init() {}

  public func createExclusive(_ path: String, permissions: UInt32) throws(SystemCallError) -> Int32
  {
    let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, permissions)
    guard descriptor >= 0 else { throw .last("create", path) }
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

  public func rename(_ source: String, to destination: String) throws(SystemCallError) {
    guard Glibc.rename(source, destination) == 0 else {
      throw .last("rename \(source) to", destination)
    }
  }

  public func syncDirectory(_ path: String) throws(SystemCallError) {
    let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .last("open folder", path) }
    defer { _ = Glibc.close(descriptor) }
    guard Glibc.fsync(descriptor) == 0 else { throw .last("flush to disk the folder", path) }
  }

  public func link(_ existing: String, to new: String) throws(SystemCallError) {
    guard Glibc.link(existing, new) == 0 else { throw .last("link \(existing) as", new) }
  }

  public func unlink(_ path: String) throws(SystemCallError) {
    guard Glibc.unlink(path) == 0 else { throw .last("remove", path) }
  }
}
