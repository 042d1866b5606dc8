import WorkbookCore

/// One entry of the keymap: the keys, the action they send, and what the help screen says about
/// them. Bindings with a `hint` also show in the status line.
public struct KeyBinding: Sendable, Equatable {
  public var keys: [Key]
  public var action: Action
  /// What the action does, for the help screen ("Open the session").
  public var description: MessageKey
  /// A short status-line hint, or nil to keep the binding out of the status line.
  public var hint: Hint?
  /// How the help screen names the keys when one line stands for a run of bindings ("1–5"), and
  /// whether the binding has a line of its own there.
  public var helpKeys: String?
  public var inHelp: Bool

  /// The status line's words for a binding: the keys as shown ("↑↓") and a verb ("move").
  public struct Hint: Sendable, Equatable {
    public var keys: String
    /// The verb, lower case ("move").
    public var label: MessageKey
    /// Kept on the status line whatever else it shows (help, pausing a turn): other hints and
    /// messages make room for it.
    public var alwaysShown: Bool

    public init(_ keys: String, _ label: MessageKey, alwaysShown: Bool = false) {
      self.keys = keys
      self.label = label
      self.alwaysShown = alwaysShown
    }
  }

  public init(
    _ keys: [Key], _ action: Action, _ description: MessageKey, hint: Hint? = nil,
    helpKeys: String? = nil, inHelp: Bool = true
  ) {
    self.keys = keys
    self.action = action
    self.description = description
    self.hint = hint
    self.helpKeys = helpKeys
    self.inHelp = inHelp
  }
}
