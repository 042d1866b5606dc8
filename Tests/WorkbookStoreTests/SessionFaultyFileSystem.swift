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

  func createExclusive(_ name: String, in folder: OpenFolder, permissions: UInt32)
    throws(SystemCallError) -> Int32
  {
    try real.createExclusive(name, in: folder, permissions: permissions)
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

  func rename(_ source: String, to destination: String, in folder: OpenFolder)
    throws(SystemCallError)
  {
    guard failing != .rename else { throw failure("rename", destination) }
    try real.rename(source, to: destination, in: folder)
  }

  func syncDirectory(_ folder: OpenFolder) throws(SystemCallError) {
    guard failing != .syncDirectory else { throw failure("flush to disk the folder", folder.path) }
    try real.syncDirectory(folder)
  }

  func link(
    _ existing: String, in folder: OpenFolder, as new: String, in newFolder: OpenFolder
  ) throws(SystemCallError) {
    try real.link(existing, in: folder, as: new, in: newFolder)
  }

  func unlink(_ name: String, in folder: OpenFolder) throws(SystemCallError) {
    try real.unlink(name, in: folder)
  }
}
