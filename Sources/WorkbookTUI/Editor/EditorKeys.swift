import WorkbookCore

/// The keys of the text editor, each with the command it sends and what it does, in the order the
/// help lists them: the one place these keys are written down. `TextEditor.handle` looks keys up
/// here, and the keymap's editing contexts, the help and the hint under a field are made from it.
public enum EditorKeys {
  /// One key (or a few with the same effect) and its command.
  public struct Entry: Sendable, Equatable {
    public var keys: [Key]
    public var command: EditorCommand
    /// For the help ("Delete the word before").
    public var description: MessageKey
    /// The short form for the hint under the field and the status line ("save"), for the keys
    /// that finish or cancel.
    public var hint: MessageKey?
    /// Whether the entry applies in a one-line field, a multi-line field, or both.
    public var modes: Set<Mode>

    public enum Mode: Sendable, Hashable {
      case singleLine, multiLine
    }

    init(
      _ keys: [Key], _ command: EditorCommand, _ description: MessageKey, hint: MessageKey? = nil,
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
    Entry([.enter], .enter, .keyKeepTheText, hint: .hintSave, modes: [.singleLine]),
    Entry([.enter], .enter, .keyANewLine, hint: .hintNewLine, modes: [.multiLine]),
    Entry([.control("d")], .finish, .keySaveTheText, hint: .hintSave, modes: [.multiLine]),
    Entry([.control("d")], .finish, .keySaveTheText, modes: [.singleLine]),
    Entry([.escape], .cancel, .keyCancelTheTextAsItWasAsks, hint: .hintCancel),
    Entry([.left], .moveLeft, .keyACharacterLeft),
    Entry([.right], .moveRight, .keyACharacterRight),
    Entry([.up], .moveUp, .keyARowUp, modes: [.multiLine]),
    Entry([.down], .moveDown, .keyARowDown, modes: [.multiLine]),
    Entry([.wordLeft], .moveWordLeft, .keyAWordLeftAlsoAltB),
    Entry([.wordRight], .moveWordRight, .keyAWordRightAlsoAltF),
    Entry([.home, .control("a")], .moveToRowStart, .keyTheStartOfTheRow),
    Entry([.end, .control("e")], .moveToRowEnd, .keyTheEndOfTheRow),
    Entry([.pageUp], .pageUp, .keyUpByTheFieldsHeight, modes: [.multiLine]),
    Entry([.pageDown], .pageDown, .keyDownByTheFieldsHeight, modes: [.multiLine]),
    Entry([.backspace, .control("h")], .deleteBackward, .keyDeleteTheCharacterBefore),
    Entry([.delete], .deleteForward, .keyDeleteTheCharacterAfter),
    Entry([.control("w")], .deleteWordBackward, .keyDeleteTheWordBefore),
    Entry([.control("u")], .deleteToLineStart, .keyDeleteToTheStartOfTheLine),
    Entry([.control("k")], .deleteToLineEnd, .keyDeleteToTheEndOfTheLine),
    Entry([.control("z")], .undo, .keyUndoInTheText),
    Entry([.control("y")], .redo, .keyRedoInTheText),
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
