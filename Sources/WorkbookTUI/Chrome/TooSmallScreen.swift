/// What shows instead of the screens when the terminal is smaller than 80×24. The state is kept,
/// so the screen comes back as it was when the terminal grows.
enum TooSmallScreen {
  static func draw(_ save: SaveState, into buffer: inout ScreenBuffer) {
    let saved: (String, TextStyle) =
      if case .failed = save {
        ("The last change is not saved. q twice quits without it.", .bad)
      } else {
        ("Everything is saved. q quits.", .muted)
      }
    let lines: [(String, TextStyle)] = [
      ("Make the terminal at least \(AppState.minimumWidth)×\(AppState.minimumHeight).", .heading),
      ("It is \(buffer.width)×\(buffer.height) now.", .normal),
      ("", .normal),
      saved,
    ]
    let width = max(1, buffer.width - 2)
    let wrapped = lines.flatMap { text, style in
      text.isEmpty ? [("", style)] : wrap(text, width: width).map { ($0, style) }
    }
    let top = max(0, (buffer.height - wrapped.count) / 2)
    for (index, (text, style)) in wrapped.enumerated() {
      let column = max(0, (buffer.width - text.displayWidth) / 2)
      buffer.put(text, row: top + index, column: column, style: style)
    }
  }
}
