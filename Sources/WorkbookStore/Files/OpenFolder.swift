import Glibc

/// A folder opened once and then used by descriptor: every file in it is reached by name
/// relative to the open folder (`openat` and its kin) and never through a link in its place, so
/// a link or a swapped folder cannot send a read or a write anywhere else. The folder's own
/// path may pass through links (a sessions folder kept elsewhere and linked is fine).
public final class OpenFolder {
  /// The path it was opened by, for messages.
  public let path: String
  let descriptor: Int32
  /// The folder's owner and permissions when it was opened.
  let status: stat

  /// Opens the folder at `path`; ENOTDIR when it is something else.
  public static func open(_ path: String) throws(SystemCallError) -> OpenFolder {
    let descriptor = Glibc.open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .last("open the folder", path) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let failure = SystemCallError.last("look at the folder", path)
      Glibc.close(descriptor)
      throw failure
    }
    return OpenFolder(path: path, descriptor: descriptor, status: status)
  }

  private init(path: String, descriptor: Int32, status: stat) {
    self.path = path
    self.descriptor = descriptor
    self.status = status
  }

  deinit { Glibc.close(descriptor) }

  func path(of name: String) -> String { FilePath.join(path, name) }

  /// Whether `other` is this folder (the same device and inode).
  func isSame(as other: OpenFolder) -> Bool {
    status.st_dev == other.status.st_dev && status.st_ino == other.status.st_ino
  }

  /// What `name` is, without following a link; nil when there is nothing by that name.
  func status(of name: String) throws(SystemCallError) -> stat? {
    var status = stat()
    guard fstatat(descriptor, name, &status, AT_SYMLINK_NOFOLLOW) == 0 else {
      if errno == ENOENT { return nil }
      throw .last("look at", path(of: name))
    }
    return status
  }

  /// What kind of file `name` is, links named as links; nil when there is nothing by that name.
  func kind(of name: String) throws(SystemCallError) -> FileKind? {
    guard let status = try status(of: name) else { return nil }
    return kind(of: name, status: status)
  }

  func kind(of name: String, status: stat) -> FileKind {
    FileKind(mode: status.st_mode) { linkTarget(of: name) }
  }

  private func linkTarget(of name: String) -> String {
    var buffer = [CChar](repeating: 0, count: 4096)
    let count = readlinkat(descriptor, name, &buffer, buffer.count - 1)
    guard count >= 0 else { return "?" }
    return String(decoding: buffer.prefix(count).map { UInt8(bitPattern: $0) }, as: UTF8.self)
  }

  /// The folder `name` inside this one, never through a link, created (0700) when missing if
  /// `creating` is true; nil when it is missing and not to be created. Refuses anything in its
  /// place that is not a folder, and a folder that others could write to (`FolderSafety`).
  func folder(_ name: String, creating: Bool) throws(SessionStoreError) -> OpenFolder? {
    var created = false
    if creating {
      if mkdirat(descriptor, name, 0o700) == 0 {
        created = true
      } else if errno != EEXIST {
        throw .system(.last("create the folder", path(of: name)))
      }
    }
    let child = openat(descriptor, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
    guard child >= 0 else {
      let failure = SystemCallError.last("open the folder", path(of: name))
      if failure.code == ENOENT && !creating { return nil }
      if failure.code == ELOOP || failure.code == ENOTDIR,
        let found = try? kind(of: name)
      {
        throw .unexpectedFile(
          path: path(of: name), found: found.description, expected: "a folder")
      }
      throw .system(failure)
    }
    if created {
      do throws(SystemCallError) {
        try FileOwnership.giveNewFile(child, path: path(of: name), in: self)
        // The new folder's entry must reach the disk, or a crash could lose it and all in it.
        try SystemFileSystem().syncDirectory(self)
      } catch {
        Glibc.close(child)
        throw .system(error)
      }
    }
    var status = stat()
    guard fstat(child, &status) == 0 else {
      let failure = SystemCallError.last("look at the folder", path(of: name))
      Glibc.close(child)
      throw .system(failure)
    }
    let folder = OpenFolder(path: path(of: name), descriptor: child, status: status)
    if let problem = FolderSafety.problem(with: status, path: folder.path) {
      throw .unsafeFolder(path: folder.path, problem: problem)
    }
    return folder
  }

  /// The names in the folder that begin with `prefix` (all of them when it is empty), without
  /// "." and "..", in no particular order. Entries are matched by their bytes, and a name is
  /// made only of those that match: a sessions folder may hold years of sessions.
  func names(beginningWith prefix: String = "") throws(SystemCallError) -> [String] {
    let prefixBytes = Array(prefix.utf8)
    // A descriptor of its own, so each listing starts from the first entry.
    let own = openat(descriptor, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
    guard own >= 0, let stream = fdopendir(own) else {
      let failure = SystemCallError.last("list the folder", path)
      if own >= 0 { Glibc.close(own) }
      throw failure
    }
    defer { closedir(stream) }
    var names: [String] = []
    while true {
      errno = 0
      guard let entry = readdir(stream) else {
        if errno != 0 { throw .last("list the folder", path) }
        return names
      }
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw -> String? in
        guard raw.starts(with: prefixBytes) else { return nil }
        return String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
      }
      if let name, name != "." && name != ".." { names.append(name) }
    }
  }
}
