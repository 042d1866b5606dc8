import Glibc

/// The right to edit one session file, held from `acquire` until `release` (or until the last
/// reference to it goes). A lock file `<name>.lock` beside the session says who holds it; the hold itself is
/// an `flock`, which the kernel drops when the holder exits or is killed, so a lock left by a
/// dead process is simply taken over.
public final class SessionLock {
  public let sessionPath: String
  let lockPath: String
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
    let lockPath = path(for: sessionPath)
    // The holder that releases a lock removes its file; a process that opened the old file just
    // before then holds a lock on a file no longer in the folder, so it checks and tries again.
    for _ in 0..<100 {
      let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
      guard descriptor >= 0 else {
        throw .system(.last("create the lock file", lockPath))
      }
      guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
        let lockError = errno
        let current = LockHolder(fileText: readAll(descriptor))
        close(descriptor)
        guard lockError == EWOULDBLOCK else {
          throw .system(SystemCallError(operation: "lock", path: lockPath, code: lockError))
        }
        throw .locked(path: sessionPath, holder: current)
      }
      var opened = stat()
      var named = stat()
      guard fstat(descriptor, &opened) == 0, stat(lockPath, &named) == 0,
        opened.st_ino == named.st_ino, opened.st_dev == named.st_dev
      else {
        close(descriptor)
        continue
      }
      let previous = LockHolder(fileText: readAll(descriptor))
      let text = Array(holder.fileText.utf8)
      guard ftruncate(descriptor, 0) == 0,
        text.withUnsafeBytes({ pwrite(descriptor, $0.baseAddress, $0.count, 0) }) == text.count
      else {
        let failure = SystemCallError.last("write the lock file", lockPath)
        unlink(lockPath)
        close(descriptor)
        throw .system(failure)
      }
      return SessionLock(
        sessionPath: sessionPath, lockPath: lockPath, descriptor: descriptor,
        tookOverFrom: previous)
    }
    throw .system(SystemCallError(operation: "lock", path: lockPath, code: EAGAIN))
  }

  /// Who holds the session's lock, as its lock file says, without taking or testing the lock (a
  /// test would stop the holder's own workbook from taking it at that moment). Nil when no one
  /// does: no lock file, or one left by a process on this machine that is gone.
  public static func holder(ofSession sessionPath: String) -> LockHolder? {
    let descriptor = open(path(for: sessionPath), O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    guard let holder = LockHolder(fileText: readAll(descriptor)) else { return nil }
    var host = [UInt8](repeating: 0, count: 256)
    gethostname(&host, host.count - 1)
    let thisHost = String(decoding: host.prefix { $0 != 0 }, as: UTF8.self)
    if holder.host == thisHost, kill(holder.pid, 0) != 0, errno == ESRCH { return nil }
    return holder
  }

  /// `<folder>/<name>.lock` for `<folder>/<name>.json`.
  static func path(for sessionPath: String) -> String {
    FilePath.join(FilePath.folder(of: sessionPath), FilePath.stem(of: sessionPath) + ".lock")
  }

  init(sessionPath: String, lockPath: String, descriptor: Int32, tookOverFrom: LockHolder?) {
    self.sessionPath = sessionPath
    self.lockPath = lockPath
    self.descriptor = descriptor
    self.tookOverFrom = tookOverFrom
  }

  /// Gives the lock up: removes the lock file while still holding it, then closes it. Calling it
  /// again does nothing.
  public func release() {
    guard descriptor >= 0 else { return }
    unlink(lockPath)
    close(descriptor)
    descriptor = -1
  }

  deinit { release() }

  private static func readAll(_ descriptor: Int32) -> String {
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 512)
    var offset: off_t = 0
    while true {
      let count = buffer.withUnsafeMutableBytes {
        pread(descriptor, $0.baseAddress, $0.count, offset)
      }
      guard count > 0 else { break }
      bytes += buffer[0..<count]
      offset += off_t(count)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
