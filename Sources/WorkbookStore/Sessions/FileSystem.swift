/// The file-system calls a save makes, behind a protocol so that tests can make any one of them
/// fail (a full disk, a failing fsync, a refused rename) and check that nothing is lost.
public protocol FileSystem: Sendable {
  /// Creates a new file that must not exist yet and opens it for writing.
  func createExclusive(_ path: String, permissions: UInt32) throws(SystemCallError) -> Int32
  /// Writes all of `bytes` to `descriptor`.
  func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SystemCallError)
  /// Flushes a file's data to the disk.
  func sync(_ descriptor: Int32, path: String) throws(SystemCallError)
  func close(_ descriptor: Int32)
  /// Replaces `destination` with `source` in one step.
  func rename(_ source: String, to destination: String) throws(SystemCallError)
  /// Flushes a folder's entries (a rename, a new link) to the disk.
  func syncDirectory(_ path: String) throws(SystemCallError)
  /// Gives the file at `existing` a second name `new`; fails if `new` exists.
  func link(_ existing: String, to new: String) throws(SystemCallError)
  func unlink(_ path: String) throws(SystemCallError)
}
