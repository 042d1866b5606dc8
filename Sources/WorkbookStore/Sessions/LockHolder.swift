/// Who holds a session's lock, as written in the lock file: enough to tell a user who is editing.
public struct LockHolder: Sendable, Equatable, CustomStringConvertible {
  public var pid: Int32
  public var host: String
  public var user: String
  /// When the lock was taken, ISO 8601 in UTC.
  public var since: String

  public init(pid: Int32, host: String, user: String, since: String) {
    self.pid = pid
    self.host = host
    self.user = user
    self.since = since
  }

  /// The lock file's text: one `key=value` a line.
  var fileText: String { "pid=\(pid)\nhost=\(host)\nuser=\(user)\nsince=\(since)\n" }

  /// Reads a lock file's text; nil when it holds no pid (empty, or being written).
  init?(fileText: String) {
    var fields: [Substring: Substring] = [:]
    for line in fileText.split(separator: "\n") {
      guard let equals = line.firstIndex(of: "=") else { continue }
      fields[line[..<equals]] = line[line.index(after: equals)...]
    }
    guard let pidText = fields["pid"], let pid = Int32(pidText) else { return nil }
    self.init(
      pid: pid, host: String(fields["host"] ?? "?"), user: String(fields["user"] ?? "?"),
      since: String(fields["since"] ?? "?"))
  }

  public var description: String { "\(user) on \(host) (process \(pid), since \(since))" }
}
