/// The screen between people in a workshop: a name and nothing else, so the next person sees
/// nothing of the one before.
enum PrivacyView {
  static func draw(name: String, into buffer: inout ScreenBuffer, frame: ContentFrame) {
    let begin = KeyBinding.key(for: .scores(.beginTurn), in: KeyBinding.privacy)
    let back = KeyBinding.key(for: .scores(.back), in: KeyBinding.privacy)
    let lines: [(String, TextStyle)] = [
      ("Hand the keyboard to \(name),", .heading),
      ("then press \(begin).", .heading),
      ("", .normal),
      ("Everyone else: the screen stays clear while \(name) scores.", .muted),
      ("\(back) goes back to the list.", .muted),
    ]
    let top = frame.top + max(0, (frame.height - lines.count) / 2 - 1)
    for (index, (text, style)) in lines.enumerated() {
      let shown = text.truncated(to: frame.width)
      let column = frame.left + (frame.width - shown.displayWidth) / 2
      buffer.put(shown, row: top + index, column: column, style: style)
    }
  }
}
