import WorkbookCore

/// One file of the sessions folder, as `list` shows it: a session, or a broken file and why.
public struct SessionSummary: Sendable {
  public enum Content: Sendable {
    case session(Session)
    case broken(SessionFileProblem)
  }

  public var path: String
  public var content: Content

  /// The session's id, or for a broken file the id its name gives.
  public var id: String {
    if case .session(let session) = content { return session.id }
    return FilePath.stem(of: path)
  }

  public var session: Session? {
    if case .session(let session) = content { return session }
    return nil
  }
}
