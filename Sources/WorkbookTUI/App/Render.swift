import WorkbookCore

/// Draws the whole frame for the state at the given terminal size. Pure: the terminal adapter
/// writes the cells that changed since the last frame.
public func render(_ state: AppState, width: Int, height: Int) -> ScreenBuffer {
  var buffer = ScreenBuffer(width: width, height: height)
  guard width >= AppState.minimumWidth, height >= AppState.minimumHeight else {
    TooSmallScreen.draw(state.save, messages: state.messages, into: &buffer)
    return buffer
  }
  let frame = ContentFrame(width: width, height: height)
  switch state.screen {
  case .start:
    TitleBar.draw(state.messages(.tuiTitleSessions), messages: state.messages, into: &buffer)
    StartScreen.draw(
      state.start, time: LocalTime(offsetSeconds: state.utcOffsetSeconds),
      messages: state.messages, into: &buffer, frame: frame)
  case .newSession:
    TitleBar.draw(state.messages(.tuiTitleNewSession), messages: state.messages, into: &buffer)
    if let form = state.newSession {
      NewSessionScreen.draw(form, messages: state.messages, into: &buffer, frame: frame)
    }
  case .workbook:
    if let workbook = state.workbook {
      StepBar.draw(workbook, messages: state.messages, into: &buffer)
      drawStep(
        workbook, folder: state.currentFolder, messages: state.messages, into: &buffer,
        frame: frame)
    }
  }
  if state.showingHelp {
    HelpScreen.draw(state, into: &buffer, frame: frame)
    buffer.cursor = nil
    buffer.focus = Position(row: frame.top, column: frame.left)
  }
  StatusLine.draw(state, into: &buffer)
  return buffer
}

private func drawStep(
  _ workbook: WorkbookState, folder: String, messages: Messages, into buffer: inout ScreenBuffer,
  frame: ContentFrame
) {
  switch workbook.step {
  case .overview: OverviewScreen.draw(workbook, messages: messages, into: &buffer, frame: frame)
  case .scores: ScoresScreen.draw(workbook, messages: messages, into: &buffer, frame: frame)
  case .reflection: ReflectionScreen.draw(workbook, messages: messages, into: &buffer, frame: frame)
  case .recommendations:
    RecommendationsScreen.draw(workbook, messages: messages, into: &buffer, frame: frame)
  case .plan: PlanScreen.draw(workbook, messages: messages, into: &buffer, frame: frame)
  case .export:
    ExportScreen.draw(
      workbook, folder: folder, messages: messages, into: &buffer, frame: frame)
  }
}
