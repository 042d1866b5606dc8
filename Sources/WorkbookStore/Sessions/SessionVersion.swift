/// One kept earlier version of a session (see `SessionHistory`), as `workbook history` lists it.
public struct SessionVersion: Sendable {
  /// Its number in the history: higher is newer.
  public var number: Int
  public var path: String
  /// Its size in bytes.
  public var size: Int
  /// The session it holds, or why it cannot be read.
  public var content: SessionSummary.Content
}
