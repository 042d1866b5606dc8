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
  public var hints: [EditorHint] {
    if isConfirmingDiscard {
      return [
        EditorHint(key: "Esc", action: "discard changes"),
        EditorHint(key: saveKey, action: "save"),
        EditorHint(key: "other keys", action: "keep editing"),
      ]
    }
    switch mode {
    case .singleLine:
      return [EditorHint(key: "Enter", action: "save"), EditorHint(key: "Esc", action: "cancel")]
    case .multiLine:
      return [
        EditorHint(key: "Enter", action: "new line"), EditorHint(key: "Ctrl-D", action: "save"),
        EditorHint(key: "Esc", action: "cancel"),
      ]
    }
  }

  /// Every key the editor knows, for a help screen.
  public static func keyHelp(for mode: EditorMode) -> [EditorHint] {
    let finishing =
      mode == .multiLine
      ? [
        EditorHint(key: "Enter", action: "new line"), EditorHint(key: "Ctrl-D", action: "save"),
      ]
      : [EditorHint(key: "Enter", action: "save"), EditorHint(key: "Ctrl-D", action: "save")]
    return finishing + [
      EditorHint(key: "Esc", action: "cancel (twice after changes)"),
      EditorHint(key: "← → ↑ ↓", action: "move by character and row"),
      EditorHint(key: "Ctrl-← Ctrl-→ Alt-b Alt-f", action: "move by word"),
      EditorHint(key: "Home End Ctrl-A Ctrl-E", action: "start and end of the row"),
      EditorHint(key: "PgUp PgDn", action: "move by a field's height"),
      EditorHint(key: "Backspace Delete", action: "delete a character"),
      EditorHint(key: "Ctrl-W", action: "delete the word before"),
      EditorHint(key: "Ctrl-U Ctrl-K", action: "delete to the start or end of the line"),
      EditorHint(key: "Ctrl-Y", action: "put back what Ctrl-W, Ctrl-U or Ctrl-K deleted"),
      EditorHint(key: "Ctrl-Z", action: "undo"),
    ]
  }

  /// The hints as one line of text: "Enter new line · Ctrl-D save · Esc cancel".
  public var hintLine: String {
    hints.map { "\($0.key) \($0.action)" }.joined(separator: " · ")
  }

  /// Draws the hints on one row, keys in the accent style, clipped to `maxWidth` columns. Returns
  /// the columns used.
  @discardableResult
  public func drawHints(
    into buffer: inout ScreenBuffer, row: Int, column: Int, maxWidth: Int? = nil
  ) -> Int {
    let limit = maxWidth ?? (buffer.width - column)
    var used = 0
    for (number, hint) in hints.enumerated() {
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

  private var saveKey: String { mode == .singleLine ? "Enter" : "Ctrl-D" }
}
