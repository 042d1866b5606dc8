import Glibc

/// Reading a file whole, only when it is a regular file of at most `sizeLimit` bytes: a FIFO or
/// a device is refused before it is opened (it could block a read for ever, or never end), and
/// so is a file too large, before a byte of it is read.
enum RegularFile {
  /// The most a session file, a strategy file or a CSV import may hold: 16 MiB. A session with
  /// the most participants and every text field filled at length is well under 1 MiB; a file
  /// more than sixteen times that is not one the workbook wrote or a person typed, and decoding
  /// it would take seconds and hundreds of megabytes before saying so.
  static let sizeLimit = 16 << 20

  enum Refusal: Error, Equatable, CustomStringConvertible {
    case notRegular(FileKind)
    case tooLarge(size: Int, limit: Int)
    case system(SystemCallError)

    var description: String {
      switch self {
      case .notRegular(let kind): "it is \(kind), not a regular file"
      case .tooLarge(let size, let limit):
        "it holds \(ByteCount.text(size)), more than the \(ByteCount.text(limit)) the workbook "
          + "reads"
      case .system(let error): error.reason
      }
    }
  }

  /// The bytes of `name` in `folder`, which must be a regular file there, not a link to one.
  static func read(_ name: String, in folder: OpenFolder, limit: Int = sizeLimit) throws(Refusal)
    -> [UInt8]
  {
    var bytes: [UInt8] = []
    let count = try read(name, in: folder, into: &bytes, limit: limit)
    return Array(bytes.prefix(count))
  }

  /// Reads `name` in `folder` as `read(_:in:limit:)` does into the start of `bytes`, which is
  /// grown when the file needs more room and otherwise kept, and returns how many bytes the file
  /// holds: a buffer used again for file after file is allocated and touched once, not per file.
  static func read(
    _ name: String, in folder: OpenFolder, into bytes: inout [UInt8], limit: Int = sizeLimit
  ) throws(Refusal) -> Int {
    let path = folder.path(of: name)
    let found: stat
    do throws(SystemCallError) {
      guard let status = try folder.status(of: name) else {
        throw SystemCallError(operation: "open", path: path, code: ENOENT)
      }
      found = status
    } catch {
      throw .system(error)
    }
    try check(found, limit: limit) { folder.kind(of: name, status: found) }
    let descriptor = openat(
      folder.descriptor, name, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system(.last("open", path)) }
    defer { close(descriptor) }
    return try readOpened(descriptor, path: path, into: &bytes, limit: limit)
  }

  /// The bytes of the file at `path`, following links: for files a person names (a CSV to
  /// import, a strategy file), where a link is theirs to make; what it leads to must still be a
  /// regular file.
  static func read(path: String, limit: Int = sizeLimit) throws(Refusal) -> [UInt8] {
    var found = stat()
    guard stat(path, &found) == 0 else { throw .system(.last("open", path)) }
    try check(found, limit: limit) { FileKind(mode: found.st_mode) { "" } }
    let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system(.last("open", path)) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    let count = try readOpened(descriptor, path: path, into: &bytes, limit: limit)
    return Array(bytes.prefix(count))
  }

  private static func check(_ status: stat, limit: Int, kind: () -> FileKind) throws(Refusal) {
    guard status.st_mode & S_IFMT == S_IFREG else { throw .notRegular(kind()) }
    guard status.st_size <= limit else { throw .tooLarge(size: Int(status.st_size), limit: limit) }
  }

  /// Reads an opened file to its end into the start of `bytes` (made larger when it needs more
  /// room), checking again what was opened (it may have been swapped since it was looked at) and
  /// never more than `limit` bytes (it may have grown); returns how many bytes it read.
  private static func readOpened(
    _ descriptor: Int32, path: String, into bytes: inout [UInt8], limit: Int
  ) throws(Refusal) -> Int {
    var opened = stat()
    guard fstat(descriptor, &opened) == 0 else { throw .system(.last("look at", path)) }
    try check(opened, limit: limit) { FileKind(mode: opened.st_mode) { "" } }
    // One byte more than the file holds, so that reaching its end needs no second buffer.
    if bytes.count < Int(opened.st_size) + 1 {
      bytes = [UInt8](repeating: 0, count: Int(opened.st_size) + 1)
    }
    var count = 0
    while true {
      if count == bytes.count {
        guard count <= limit else { throw .tooLarge(size: count, limit: limit) }
        bytes += [UInt8](repeating: 0, count: min(max(count, 4096), limit + 1 - count))
      }
      let result = bytes.withUnsafeMutableBytes { buffer in
        Glibc.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
      }
      if result < 0 {
        if errno == EINTR { continue }
        throw .system(.last("read", path))
      }
      if result == 0 { break }
      count += result
    }
    guard count <= limit else { throw .tooLarge(size: count, limit: limit) }
    return count
  }
}
