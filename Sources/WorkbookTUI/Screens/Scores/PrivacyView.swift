import WorkbookCore

/// The screen between people in a workshop: a name and nothing else, so the next person sees
/// nothing of the one before.
enum PrivacyView {
  static func draw(
    name: String, messages: Messages, into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    let begin = KeyBinding.key(for: .scores(.beginTurn), in: KeyBinding.privacy)
    let back = KeyBinding.key(for: .scores(.back), in: KeyBinding.privacy)
    // The handing over is one sentence on two rows: the message says where the second begins.
    let handOver = messages(.stepsPrivacyHandOver, name, begin).split(separator: "\n").map {
      (String($0), TextStyle.heading)
    }
    let lines: [(String, TextStyle)] =
      handOver + [
        ("", .normal),
        (messages(.stepsPrivacyOthers, name), .muted),
        (messages(.stepsPrivacyBack, back), .muted),
      ]
    let top = frame.top + max(0, (frame.height - lines.count) / 2 - 1)
    for (index, (text, style)) in lines.enumerated() {
      let shown = text.truncated(to: frame.width)
      let column = frame.left + (frame.width - shown.displayWidth) / 2
      buffer.put(shown, row: top + index, column: column, style: style)
    }
  }
}
