import Glibc

/// The right to edit one session file, held from `acquire` until `release` (or until the last
/// reference to it goes). A lock file `<name>.lock` beside the session says who holds it; the hold itself is
/// an `flock`, which the kernel drops when the holder exits or is killed, so a lock left by a
/// dead process is simply taken over.
///
/// The lock holds the session's folder open, and every file of the session is reached through
/// it by name, never through a link. A lock file that is a link, a FIFO or a second name of
/// another file is refused and left alone: it is truncated and rewritten only when it is a
/// regular file of its own.
public final class SessionLock {
  public let sessionPath: String
  /// The session's folder, open, and the names in it of the session file and the lock file.
  let folder: OpenFolder
  let sessionName: String
  let lockName: String
  private var descriptor: Int32
  /// Who held the lock before, when it was left behind by a process that is gone.
  public let tookOverFrom: LockHolder?
  /// The history as the saves under this lock left it; nil until the first save keeps a version,
  /// and again after a failed save, so that the next one looks at the folder afresh.
  var keptHistory: SessionHistory.Kept?

  /// Takes the lock of the session at `sessionPath`, or throws `SessionStoreError.locked` naming
  /// the holder. A second process may still read the session (read-only).
  public static func acquire(sessionPath: String, holder: LockHolder) throws(SessionStoreError)
    -> SessionLock
  {
    let folder = try SessionFolder.existing(FilePath.folder(of: sessionPath))
    return try acquire(
      in: folder, sessionName: FilePath.name(of: sessionPath), sessionPath: sessionPath,
      holder: holder)
  }

  static func acquire(
    in folder: OpenFolder, sessionName: String, sessionPath: String, holder: LockHolder
  ) throws(SessionStoreError) -> SessionLock {
    let lockName = FilePath.stem(of: sessionName) + ".lock"
    let lockPath = folder.path(of: lockName)
    // The holder that releases a lock removes its file; a process that opened the old file just
    // before then holds a lock on a file no longer in the folder, so it checks and tries again.
    for _ in 0..<100 {
      let descriptor = openat(
        folder.descriptor, lockName, O_RDWR | O_CREAT | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        let failure = SystemCallError.last("create the lock file", lockPath)
        if failure.code == ELOOP || failure.code == EISDIR,
          let kind = try? folder.kind(of: lockName)
        {
          throw .unexpectedFile(path: lockPath, found: "\(kind)", expected: Self.expected)
        }
        throw .system(failure)
      }
      var opened = stat()
      guard fstat(descriptor, &opened) == 0 else {
        let failure = SystemCallError.last("look at the lock file", lockPath)
        close(descriptor)
        throw .system(failure)
      }
      if let found = Self.unexpected(opened, name: lockName, in: folder) {
        close(descriptor)
        throw .unexpectedFile(path: lockPath, found: found, expected: Self.expected)
      }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        let lockError = errno
        let current = LockHolder(fileText: readStart(descriptor))
        close(descriptor)
        guard lockError == EWOULDBLOCK else {
          throw .system(SystemCallError(operation: "lock", path: lockPath, code: lockError))
        }
        throw .locked(path: sessionPath, holder: current)
      }
      guard let named = try? folder.status(of: lockName),
        opened.st_ino == named.st_ino, opened.st_dev == named.st_dev
      else {
        close(descriptor)
        continue
      }
      let previous = LockHolder(fileText: readStart(descriptor))
      let text = Array(holder.fileText.utf8)
      do throws(SystemCallError) {
        try FileOwnership.giveNewFile(descriptor, path: lockPath, in: folder)
        guard ftruncate(descriptor, 0) == 0,
          text.withUnsafeBytes({ pwrite(descriptor, $0.baseAddress, $0.count, 0) }) == text.count
        else { throw .last("write the lock file", lockPath) }
      } catch {
        unlinkat(folder.descriptor, lockName, 0)
        close(descriptor)
        throw .system(error)
      }
      return SessionLock(
        sessionPath: sessionPath, folder: folder, sessionName: sessionName, lockName: lockName,
        descriptor: descriptor, tookOverFrom: previous)
    }
    throw .system(SystemCallError(operation: "lock", path: lockPath, code: EAGAIN))
  }

  private static let expected = "a lock file of its own (a regular file with one name)"

  /// What is wrong with the opened lock file, or nil when it is a regular file with no other
  /// name: a second name (a hard link) would make truncating it truncate another file too.
  private static func unexpected(_ status: stat, name: String, in folder: OpenFolder) -> String? {
    guard status.st_mode & S_IFMT == S_IFREG else {
      return "\(folder.kind(of: name, status: status))"
    }
    guard status.st_nlink == 1 else {
      return "a second name of another file (it has \(status.st_nlink) hard links)"
    }
    return nil
  }

  /// Who holds the session's lock, as its lock file says, without taking or testing the lock (a
  /// test would stop the holder's own workbook from taking it at that moment). Nil when no one
  /// does: no lock file, or one left by a process on this machine that is gone. The file is read
  /// as a lock is taken: through its folder, never through a link, without waiting on a FIFO,
  /// only if it is a regular file, and only its first 4 KiB.
  public static func holder(ofSession sessionPath: String) -> LockHolder? {
    guard let folder = (try? SessionFolder.open(FilePath.folder(of: sessionPath))) ?? nil else {
      return nil
    }
    let lockName = FilePath.stem(of: sessionPath) + ".lock"
    let descriptor = openat(
      folder.descriptor, lockName, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG,
      let holder = LockHolder(fileText: readStart(descriptor))
    else { return nil }
    if holder.host == LocalAccount.hostName(), kill(holder.pid, 0) != 0, errno == ESRCH {
      return nil
    }
    return holder
  }

  init(
    sessionPath: String, folder: OpenFolder, sessionName: String, lockName: String,
    descriptor: Int32, tookOverFrom: LockHolder?
  ) {
    self.sessionPath = sessionPath
    self.folder = folder
    self.sessionName = sessionName
    self.lockName = lockName
    self.descriptor = descriptor
    self.tookOverFrom = tookOverFrom
  }

  /// Gives the lock up: removes the lock file while still holding it, then closes it. Calling it
  /// again does nothing.
  public func release() {
    guard descriptor >= 0 else { return }
    unlinkat(folder.descriptor, lockName, 0)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }

  /// The lock file's first 4 KiB: its four short lines, and never a flood of bytes that someone
  /// put there.
  private static func readStart(_ descriptor: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 4096)
    let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
    return String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self)
  }
}
