import Glibc

/// The account and the machine this workbook runs on, as a lock file names them. Looked up once
/// a process: the account's name is the name service's answer (`AccountName`), which reads files
/// and may ask nscd or another service.
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

  private static func userName() -> String {
    let uid = getuid()
    if let name = AccountName.of(uid) { return name }
    if let name = getenv("USER") { return String(cString: name) }
    return "uid \(uid)"
  }
}
