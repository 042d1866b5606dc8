extension KeyBinding {
  /// While text is being written every key goes to the editor (see `Keymap.action`); these
  /// entries, made from the editor's own table (`EditorKeys`), name the keys for the help and the
  /// status line.
  static let textEditor = editing(.multiLine)

  /// The keys of a one-line editor, where Enter keeps the text.
  static let lineEditor = editing(.singleLine)

  /// After Esc with changes: a second Esc discards them, Ctrl-D saves (in any field).
  static let discardingText: [KeyBinding] = [
    KeyBinding(
      [.escape], .textEditor(.escape, .unmeasured), .keyDiscardTheChanges,
      hint: Hint("Esc", .hintDiscardChanges)),
    KeyBinding(
      [.control("d")], .textEditor(.control("d"), .unmeasured), .keySaveTheText,
      hint: Hint("Ctrl-D", .hintSave)),
  ]

  private static func editing(_ mode: EditorMode) -> [KeyBinding] {
    EditorKeys.entries(for: mode).map { entry in
      KeyBinding(
        entry.keys, .textEditor(entry.keys[0], .unmeasured), entry.description,
        hint: entry.hint.map { Hint(entry.keys[0].label, $0) })
    }
  }
}
