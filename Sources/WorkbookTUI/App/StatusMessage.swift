/// A one-off message in the status line ("Nothing to undo", a failed open), cleared by the next key.
public struct StatusMessage: Sendable, Equatable {
  public var text: String
  public var isError: Bool

  public init(_ text: String, isError: Bool = false) {
    self.text = text
    self.isError = isError
  }
}
