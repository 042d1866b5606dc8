import Glibc

/// Replaces a file so that a crash at any moment leaves either the old or the new contents:
/// a temporary file in the same folder, write, fsync, rename over the old name, fsync the folder.
struct AtomicFileWriter {
  var fileSystem: any FileSystem

  /// Temporary files start with a dot and end in `.tmp`, so listings skip them and a later
  /// writer holding the session's lock can sweep those a killed process left behind.
  static func temporaryPath(for path: String) -> String {
    let folder = FilePath.folder(of: path)
    let name = FilePath.name(of: path)
    let tag = UInt32.random(in: 0...UInt32.max)
    return "\(folder)/.\(name).\(getpid()).\(tag).tmp"
  }

  static func isTemporary(_ name: String, for fileName: String) -> Bool {
    name.hasPrefix(".\(fileName).") && name.hasSuffix(".tmp")
  }

  func write(_ bytes: [UInt8], to path: String) throws(SystemCallError) {
    let temporary = Self.temporaryPath(for: path)
    let descriptor = try fileSystem.createExclusive(temporary, permissions: 0o600)
    do throws(SystemCallError) {
      try fileSystem.write(bytes, to: descriptor, path: temporary)
      try fileSystem.sync(descriptor, path: temporary)
      fileSystem.close(descriptor)
    } catch {
      fileSystem.close(descriptor)
      try? fileSystem.unlink(temporary)
      throw error
    }
    do throws(SystemCallError) {
      try fileSystem.rename(temporary, to: path)
    } catch {
      try? fileSystem.unlink(temporary)
      throw error
    }
    try fileSystem.syncDirectory(FilePath.folder(of: path))
  }
}
