import Glibc

/// The account and the machine this workbook runs on, as a lock file names them. Looked up once
/// a process: the account's name can take a name service's answer (getpwuid reads
/// /etc/nsswitch.conf, tries nscd's socket, reads /etc/passwd: about a tenth of a millisecond).
public struct LocalAccount: Sendable {
  /// The account's name; $USER when the system has no entry for it, else "uid N".
  public let user: String
  public let host: String

  /// This process's account and machine, looked up on first use (by whichever thread asks
  /// first; another asking meanwhile waits for that answer).
  public static let current = LocalAccount(user: userName(), host: hostName())

  /// The name of the machine (gethostname).
  public static func hostName() -> String {
    var host = [UInt8](repeating: 0, count: 256)
    gethostname(&host, host.count - 1)
    return String(decoding: host.prefix { $0 != 0 }, as: UTF8.self)
  }

  /// getpwuid_r, not getpwuid: another thread may look up an owner's name at the same time. Its
  /// buffer grows while the entry does not fit (a long comment field), up to 1 MiB.
  private static func userName() -> String {
    let uid = getuid()
    var entry = passwd()
    var found: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 4096)
    var result = getpwuid_r(uid, &entry, &buffer, buffer.count, &found)
    while result == ERANGE, buffer.count < 1 << 20 {
      buffer = [CChar](repeating: 0, count: buffer.count * 4)
      result = getpwuid_r(uid, &entry, &buffer, buffer.count, &found)
    }
    if result == 0, let found, let name = found.pointee.pw_name {
      return String(cString: name)
    }
    if let name = getenv("USER") { return String(cString: name) }
    return "uid \(uid)"
  }
}
