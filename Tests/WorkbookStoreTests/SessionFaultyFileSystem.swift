import Glibc
import WorkbookStore

/// The real file system, except that one kind of call fails as a full or failing disk would.
struct SessionFaultyFileSystem: FileSystem {
  enum Step: CaseIterable {
    case write, sync, rename, syncDirectory
  }

  var failing: Step
  let real = SystemFileSystem()

  func failure(_ operation: String, _ path: String) -> SystemCallError {
    SystemCallError(operation: operation, path: path, code: failing == .write ? ENOSPC : EIO)
  }

  func createExclusive(_ path: String, permissions: UInt32) throws(SystemCallError) -> Int32 {
    try real.createExclusive(path, permissions: permissions)
  }

  func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SystemCallError) {
    guard failing != .write else {
      // Half the bytes reach the file before the disk fills up.
      try real.write(Array(bytes.prefix(bytes.count / 2)), to: descriptor, path: path)
      throw failure("write", path)
    }
    try real.write(bytes, to: descriptor, path: path)
  }

  func sync(_ descriptor: Int32, path: String) throws(SystemCallError) {
    guard failing != .sync else { throw failure("flush to disk", path) }
    try real.sync(descriptor, path: path)
  }

  func close(_ descriptor: Int32) { real.close(descriptor) }

  func rename(_ source: String, to destination: String) throws(SystemCallError) {
    guard failing != .rename else { throw failure("rename", destination) }
    try real.rename(source, to: destination)
  }

  func syncDirectory(_ path: String) throws(SystemCallError) {
    guard failing != .syncDirectory else { throw failure("flush to disk the folder", path) }
    try real.syncDirectory(path)
  }

  func link(_ existing: String, to new: String) throws(SystemCallError) {
    try real.link(existing, to: new)
  }

  func unlink(_ path: String) throws(SystemCallError) { try real.unlink(path) }
}
