import WorkbookCore

/// One entry of the editor's hint line: a key and what it does ("Ctrl-D" "save").
public struct EditorHint: Sendable, Equatable, Hashable {
  public var key: String
  public var action: String

  public init(key: String, action: String) {
    self.key = key
    self.action = action
  }
}

extension TextEditor {
  /// How to finish and how to cancel, as the editor stands now: shown on screen while editing.
  /// Made from `EditorKeys`, as the help and the status line are.
  public func hints(_ messages: Messages) -> [EditorHint] {
    if isConfirmingDiscard {
      return [
        EditorHint(key: Key.escape.label, action: messages(.hintDiscardChanges)),
        EditorHint(key: saveKey, action: messages(.hintSave)),
        EditorHint(key: messages(.tuiEditorOtherKeys), action: messages(.hintKeepEditing)),
      ]
    }
    return EditorKeys.entries(for: mode).compactMap { entry in
      entry.hint.map { EditorHint(key: entry.keys[0].label, action: messages($0)) }
    }
  }

  /// The hints as one line of text: "Enter new line · Ctrl-D save · Esc cancel".
  public func hintLine(_ messages: Messages) -> String {
    hints(messages).map { "\($0.key) \($0.action)" }.joined(separator: " · ")
  }

  /// Draws the hints on one row, keys in the accent style, clipped to `maxWidth` columns. Returns
  /// the columns used.
  @discardableResult
  public func drawHints(
    into buffer: inout ScreenBuffer, row: Int, column: Int, maxWidth: Int? = nil,
    messages: Messages
  ) -> Int {
    let limit = maxWidth ?? (buffer.width - column)
    var used = 0
    for (number, hint) in hints(messages).enumerated() {
      if number > 0 {
        used += buffer.put(
          " · ", row: row, column: column + used, style: .muted, maxWidth: limit - used)
      }
      used += buffer.put(
        hint.key, row: row, column: column + used, style: .accent, maxWidth: limit - used)
      used += buffer.put(
        " " + hint.action, row: row, column: column + used, style: .muted, maxWidth: limit - used)
    }
    return used
  }

  /// The key the hints name for saving: the first entry that keeps the text.
  private var saveKey: String {
    let finishing = EditorKeys.entries(for: mode).first { $0.hint == .hintSave }
    return finishing?.keys[0].label ?? Key.control("d").label
  }
}
