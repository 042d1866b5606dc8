/// The workbook in another terminal that has a session open for editing, as its lock file names
/// it: who, on which machine, and since when.
public struct OtherTerminal: Sendable, Equatable {
  public var user: String
  public var host: String
  /// When it opened the session, ISO 8601 in UTC.
  public var since: String

  public init(user: String, host: String, since: String) {
    self.user = user
    self.host = host
    self.since = since
  }

  /// "ana's terminal": how messages name it.
  public var name: String { "\(user)'s terminal" }
}
