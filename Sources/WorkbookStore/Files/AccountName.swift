import CNameService
import Glibc

/// An account's name, as the system's name service gives it: the one place the workbook looks a
/// name up, for display only (who holds a lock, who owns a folder it refuses).
enum AccountName {
  /// The name of the account `uid`, nil when the name service has none. In the statically
  /// linked workbook only /etc/passwd (and nscd) is asked (`CNameService`).
  ///
  /// getpwuid_r, not getpwuid: another thread may look up a name at the same time. Its buffer
  /// grows while the entry does not fit (a long comment field), up to 1 MiB.
  static func of(_ uid: uid_t) -> String? {
    _ = nameServiceConfined
    var entry = passwd()
    var found: UnsafeMutablePointer<passwd>?
    var buffer = [CChar](repeating: 0, count: 4096)
    var result = getpwuid_r(uid, &entry, &buffer, buffer.count, &found)
    while result == ERANGE, buffer.count < 1 << 20 {
      buffer = [CChar](repeating: 0, count: buffer.count * 4)
      result = getpwuid_r(uid, &entry, &buffer, buffer.count, &found)
    }
    guard result == 0, let found, let name = found.pointee.pw_name else { return nil }
    return String(cString: name)
  }

  /// Once, before the first look-up.
  private static let nameServiceConfined: Void = wb_read_accounts_from_files_when_static()
}
