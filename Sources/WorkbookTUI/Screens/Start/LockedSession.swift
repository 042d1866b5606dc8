import WorkbookWorkflow

/// A session the user asked to open while another terminal edits it, with that terminal: the
/// start screen offers to follow it read-only.
public struct LockedSession: Sendable, Equatable {
  public var entry: SessionListEntry
  public var editor: OtherTerminal?

  public init(entry: SessionListEntry, editor: OtherTerminal?) {
    self.entry = entry
    self.editor = editor
  }
}
