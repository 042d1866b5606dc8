import WorkbookCore
import WorkbookWorkflow

extension AppState {
  mutating func updateReflection(_ action: ReflectionAction) -> [Effect] {
    guard let workbook else { return [] }
    let questions = workbook.strategy.reflectionQuestions
    guard !questions.isEmpty else { return [] }
    var reflection = workbook.reflection
    let selection = min(reflection.selection, questions.count - 1)
    let question = questions[selection]
    switch action {
    case .previousQuestion: reflection.selection = max(0, selection - 1)
    case .nextQuestion: reflection.selection = min(questions.count - 1, selection + 1)
    case .editAnswer:
      let layout = ReflectionScreen.Layout(
        workbook, frame: ContentFrame(width: terminalWidth, height: terminalHeight))
      reflection.editor = TextEditor(
        text: workbook.session.reflection[question.id]?.text ?? "", width: layout.answerWidth,
        height: layout.answerHeight,
        placeholder: workbook.session.mode == .solo
          ? "Type your answer." : "Type the team's answer.")
    case .previousChoice, .nextChoice:
      guard let options = question.quickChoice?.options, !options.isEmpty else { return [] }
      let current = workbook.session.reflection[question.id]?.choice
      let choice = Self.step(
        current, through: options.map(\.id), forward: action == .nextChoice)
      return changeSession {
        $0.reflection[question.id, default: ReflectionAnswer()].choice = choice
      }
    }
    self.workbook?.reflection = reflection
    return []
  }

  /// A key for the answer being written: Ctrl-D keeps the text in the session, Esc leaves it as
  /// it was.
  mutating func updateReflectionAnswer(_ key: Key) -> [Effect] {
    guard let workbook, var editor = workbook.reflection.editor else { return [] }
    let questions = workbook.strategy.reflectionQuestions
    let question = questions[min(workbook.reflection.selection, questions.count - 1)]
    // The terminal may have changed size since the last key.
    let layout = ReflectionScreen.Layout(
      workbook, frame: ContentFrame(width: terminalWidth, height: terminalHeight))
    editor.resize(width: layout.answerWidth, height: layout.answerHeight)
    switch editor.handle(key) {
    case .editing, .unhandled:
      self.workbook?.reflection.editor = editor
      return []
    case .cancelled:
      self.workbook?.reflection.editor = nil
      return []
    case .finished:
      self.workbook?.reflection.editor = nil
      return changeSession {
        $0.reflection[question.id, default: ReflectionAnswer()].text = editor.text
      }
    }
  }

  /// The option after (or before) `current` in `options`; nil past either end, so the choice can
  /// be taken back.
  private static func step(_ current: String?, through options: [String], forward: Bool)
    -> String?
  {
    let sequence: [String?] = [nil] + options.map(Optional.some)
    let index = sequence.firstIndex(of: current) ?? 0
    let next = (index + (forward ? 1 : sequence.count - 1)) % sequence.count
    return sequence[next]
  }
}
