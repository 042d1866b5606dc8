/// The file-system calls a save makes, behind a protocol so that tests can make any one of them
/// fail (a full disk, a failing fsync, a refused rename) and check that nothing is lost. Files
/// are named relative to an open folder (see `OpenFolder`), never through a link.
public protocol FileSystem: Sendable {
  /// Creates a new file `name` in `folder` that must not exist yet (not even as a link) and
  /// opens it for writing.
  func createExclusive(_ name: String, in folder: OpenFolder, permissions: UInt32)
    throws(SystemCallError) -> Int32
  /// Writes all of `bytes` to `descriptor`.
  func write(_ bytes: [UInt8], to descriptor: Int32, path: String) throws(SystemCallError)
  /// Flushes a file's data to the disk.
  func sync(_ descriptor: Int32, path: String) throws(SystemCallError)
  func close(_ descriptor: Int32)
  /// Replaces `destination` with `source`, both in `folder`, in one step.
  func rename(_ source: String, to destination: String, in folder: OpenFolder)
    throws(SystemCallError)
  /// Flushes a folder's entries (a rename, a new link) to the disk.
  func syncDirectory(_ folder: OpenFolder) throws(SystemCallError)
  /// Gives the file `existing` in `folder` a second name `new` in `newFolder`; fails if `new`
  /// exists.
  func link(
    _ existing: String, in folder: OpenFolder, as new: String, in newFolder: OpenFolder
  ) throws(SystemCallError)
  /// Removes the name `name` from `folder` (a link itself, never what it points to).
  func unlink(_ name: String, in folder: OpenFolder) throws(SystemCallError)
}
