import WorkbookCore

/// The top row outside a session: the program's name and where the user is.
enum TitleBar {
  static func draw(_ title: String, messages: Messages, into buffer: inout ScreenBuffer) {
    buffer.fill(row: 0, style: .bar)
    buffer.put(" " + messages(.tuiTitleBar, title), row: 0, column: 1, style: .bar)
  }
}
