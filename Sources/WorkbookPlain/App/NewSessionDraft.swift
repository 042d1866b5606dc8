import WorkbookCore

/// A new session's answers as the prompts collect them.
public struct NewSessionDraft: Sendable, Equatable {
  public var title = ""
  public var organization = ""
  public var mode: SessionMode = .workshop
  public var participantNames: [String] = []
  public var anonymous = false

  public init() {}
}
