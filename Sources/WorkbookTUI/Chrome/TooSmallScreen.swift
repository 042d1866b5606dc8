import WorkbookCore

/// What shows instead of the screens when the terminal is smaller than 80×24. The state is kept,
/// so the screen comes back as it was when the terminal grows.
enum TooSmallScreen {
  static func draw(_ save: SaveState, messages: Messages, into buffer: inout ScreenBuffer) {
    let saved: (String, TextStyle) =
      if case .failed = save {
        (messages(.tuiTooSmallNotSaved), .bad)
      } else {
        (messages(.tuiTooSmallSaved), .muted)
      }
    let lines: [(String, TextStyle)] = [
      (messages(.tuiTooSmallSize, AppState.minimumWidth, AppState.minimumHeight), .heading),
      (messages(.tuiTooSmallNow, buffer.width, buffer.height), .normal),
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
