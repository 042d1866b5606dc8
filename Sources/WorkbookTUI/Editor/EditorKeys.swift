/// The keys of the text editor, each with the command it sends and what it does, in the order the
/// help lists them: the one place these keys are written down. `TextEditor.handle` looks keys up
/// here, and the keymap's editing contexts, the help and the hint under a field are made from it.
public enum EditorKeys {
  /// One key (or a few with the same effect) and its command.
  public struct Entry: Sendable, Equatable {
    public var keys: [Key]
    public var command: EditorCommand
    /// For the help ("Delete the word before").
    public var description: String
    /// The short form for the hint under the field and the status line ("save"), for the keys
    /// that finish or cancel.
    public var hint: String?
    /// Whether the entry applies in a one-line field, a multi-line field, or both.
    public var modes: Set<Mode>

    public enum Mode: Sendable, Hashable {
      case singleLine, multiLine
    }

    init(
      _ keys: [Key], _ command: EditorCommand, _ description: String, hint: String? = nil,
      modes: Set<Mode> = [.singleLine, .multiLine]
    ) {
      self.keys = keys
      self.command = command
      self.description = description
      self.hint = hint
      self.modes = modes
    }
  }

  public static let entries: [Entry] = [
    Entry([.enter], .enter, "Keep the text", hint: "save", modes: [.singleLine]),
    Entry([.enter], .enter, "A new line", hint: "new line", modes: [.multiLine]),
    Entry([.control("d")], .finish, "Save the text", hint: "save", modes: [.multiLine]),
    Entry([.control("d")], .finish, "Save the text", modes: [.singleLine]),
    Entry([.escape], .cancel, "Cancel: the text as it was (asks after changes)", hint: "cancel"),
    Entry([.left], .moveLeft, "A character left"),
    Entry([.right], .moveRight, "A character right"),
    Entry([.up], .moveUp, "A row up", modes: [.multiLine]),
    Entry([.down], .moveDown, "A row down", modes: [.multiLine]),
    Entry([.wordLeft], .moveWordLeft, "A word left (also Alt-b)"),
    Entry([.wordRight], .moveWordRight, "A word right (also Alt-f)"),
    Entry([.home, .control("a")], .moveToRowStart, "The start of the row"),
    Entry([.end, .control("e")], .moveToRowEnd, "The end of the row"),
    Entry([.pageUp], .pageUp, "Up by the field's height", modes: [.multiLine]),
    Entry([.pageDown], .pageDown, "Down by the field's height", modes: [.multiLine]),
    Entry([.backspace, .control("h")], .deleteBackward, "Delete the character before"),
    Entry([.delete], .deleteForward, "Delete the character after"),
    Entry([.control("w")], .deleteWordBackward, "Delete the word before"),
    Entry([.control("u")], .deleteToLineStart, "Delete to the start of the line"),
    Entry([.control("k")], .deleteToLineEnd, "Delete to the end of the line"),
    Entry([.control("z")], .undo, "Undo in the text"),
    Entry([.control("y")], .redo, "Redo in the text"),
  ]

  /// The entries of a field in `mode`.
  public static func entries(for mode: EditorMode) -> [Entry] {
    let wanted: Entry.Mode = mode == .singleLine ? .singleLine : .multiLine
    return entries.filter { $0.modes.contains(wanted) }
  }

  /// The command `key` sends to a field in `mode`, if it sends one.
  public static func command(for key: Key, in mode: EditorMode) -> EditorCommand? {
    entries(for: mode).first { $0.keys.contains(key) }?.command
  }

  /// The entry for `command` in `mode`.
  static func entry(_ command: EditorCommand, in mode: EditorMode) -> Entry? {
    entries(for: mode).first { $0.command == command }
  }
}
