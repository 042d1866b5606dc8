/// The steps still to be built: what they will hold, so the step bar can be explored already.
enum PlaceholderScreen {
  static func draw(_ step: Step, into buffer: inout ScreenBuffer, frame: ContentFrame) {
    buffer.put(step.title, row: frame.top, column: frame.left, style: .heading)
    buffer.put(
      "This step comes in the next version of the workbook.", row: frame.top + 2,
      column: frame.left)
    buffer.put(
      "Tab moves on; 1–6 jump to a step.", row: frame.top + 4, column: frame.left, style: .muted)
  }
}
