import Glibc

/// Replaces a file so that a crash at any moment leaves either the old or the new contents:
/// a temporary file in the same folder, write, fsync, rename over the old name, fsync the folder.
/// The new version keeps the old one's permissions and owner (`FileOwnership`); a link or a
/// special file in the file's place is refused, never replaced or written through.
struct AtomicFileWriter {
  var fileSystem: any FileSystem

  /// Temporary files start with a dot and end in `.tmp`, so listings skip them and a later
  /// writer holding the session's lock can sweep those a killed process left behind.
  static func temporaryName(for name: String) -> String {
    ".\(name).\(getpid()).\(UInt32.random(in: 0...UInt32.max)).tmp"
  }

  static func isTemporary(_ name: String, for fileName: String) -> Bool {
    name.hasPrefix(".\(fileName).") && name.hasSuffix(".tmp")
  }

  func write(_ bytes: [UInt8], to name: String, in folder: OpenFolder) throws(SessionStoreError) {
    let path = folder.path(of: name)
    let existing: stat?
    do { existing = try folder.status(of: name) } catch { throw .system(error) }
    if let existing, existing.st_mode & S_IFMT != S_IFREG {
      throw .unexpectedFile(
        path: path, found: folder.kind(of: name, status: existing).description,
        expected: "a regular file")
    }
    let temporary: String
    do throws(SystemCallError) {
      temporary = try Self.writeTemporaryFile(
        bytes, beside: name, in: folder, permissions: 0o600, fileSystem: fileSystem
      ) { descriptor throws(SystemCallError) in
        try FileOwnership.match(descriptor, path: path, replacing: existing, in: folder)
      }
    } catch {
      throw .system(error)
    }
    do throws(SystemCallError) {
      try fileSystem.rename(temporary, to: name, in: folder)
    } catch {
      try? fileSystem.unlink(temporary, in: folder)
      throw .system(error)
    }
    do throws(SystemCallError) { try fileSystem.syncDirectory(folder) } catch {
      throw .system(error)
    }
  }

  /// Writes `bytes` to a new temporary file beside `name` in `folder`, flushed to the disk, and
  /// returns its name, for the caller to put in place (renamed over the file, or linked to its
  /// name) and to remove if that fails. `prepare` sees the open file first (to give it the old
  /// one's owner). Nothing is left behind when this throws; errors name the file being written,
  /// not the hidden temporary file it goes through. Saves and exports both write this way.
  static func writeTemporaryFile(
    _ bytes: [UInt8], beside name: String, in folder: OpenFolder, permissions: UInt32,
    fileSystem: any FileSystem,
    prepare: (_ descriptor: Int32) throws(SystemCallError) -> Void = { _ in }
  ) throws(SystemCallError) -> String {
    let path = folder.path(of: name)
    let temporary = temporaryName(for: name)
    let descriptor: Int32
    do throws(SystemCallError) {
      descriptor = try fileSystem.createExclusive(temporary, in: folder, permissions: permissions)
    } catch {
      throw SystemCallError(operation: "create a new version of", path: path, code: error.code)
    }
    do throws(SystemCallError) {
      try prepare(descriptor)
      try fileSystem.write(bytes, to: descriptor, path: path)
      try fileSystem.sync(descriptor, path: path)
      fileSystem.close(descriptor)
    } catch {
      fileSystem.close(descriptor)
      try? fileSystem.unlink(temporary, in: folder)
      throw error
    }
    return temporary
  }
}
