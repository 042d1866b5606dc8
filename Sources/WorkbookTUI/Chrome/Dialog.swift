import WorkbookCore

/// A question in a box in the middle of the content area (a deletion, the reveal), drawn over
/// whatever is behind it, its answers last: the keys of the keymap's bindings for it, with their
/// status-line words, so the box and the status line never disagree.
enum Dialog {
  static func draw(
    _ lines: [(text: String, style: TextStyle)], keys: [KeyBinding], messages: Messages,
    into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    let lines = lines + [("", .normal), (keyLine(keys, messages), .accent)]
    let innerWidth = min(frame.width - 8, 56)
    let wrapped = lines.flatMap { line in
      line.text.isEmpty
        ? [(text: "", style: line.style)]
        : wrap(line.text, width: innerWidth).map { (text: $0, style: line.style) }
    }
    let boxWidth = innerWidth + 6
    let boxHeight = wrapped.count + 4
    let left = frame.left + (frame.width - boxWidth) / 2
    let top = frame.top + max(0, (frame.height - boxHeight) / 2)
    // The question stands alone: what was behind it would only distract.
    for row in frame.top..<frame.bottom { buffer.fill(row: row, style: .normal) }
    let horizontal = String(repeating: "─", count: boxWidth - 2)
    buffer.put("┌" + horizontal + "┐", row: top, column: left, style: .accent)
    buffer.put("└" + horizontal + "┘", row: top + boxHeight - 1, column: left, style: .accent)
    for row in (top + 1)..<(top + boxHeight - 1) {
      buffer.put("│", row: row, column: left, style: .accent)
      buffer.put("│", row: row, column: left + boxWidth - 1, style: .accent)
    }
    for (index, line) in wrapped.enumerated() {
      buffer.put(line.text, row: top + 2 + index, column: left + 3, style: line.style)
    }
  }

  /// "y  reveal        n  not yet": each binding's hint, keys then words.
  static func keyLine(_ keys: [KeyBinding], _ messages: Messages) -> String {
    keys.compactMap(\.hint).map { "\($0.keys)  \(messages($0.label))" }
      .joined(separator: "        ")
  }
}
