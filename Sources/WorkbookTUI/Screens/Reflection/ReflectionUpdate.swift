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
      reflection.editor = TextEditor(
        text: workbook.session.reflection[question.id]?.text ?? "",
        placeholder: messages(
          workbook.session.mode == .solo
            ? .stepsReflectionPlaceholderSolo : .stepsReflectionPlaceholderTeam))
    case .previousChoice, .nextChoice:
      guard
        let choice = workbook.session.steppedReflectionChoice(
          question, forward: action == .nextChoice)
      else { return [] }
      return changeSession { $0.setReflectionChoice(choice, questionID: question.id) }
    }
    self.workbook?.reflection = reflection
    return []
  }

  /// A key for the answer being written: Ctrl-D keeps the text in the session, Esc leaves it as
  /// it was.
  mutating func updateReflectionAnswer(_ key: Key, in field: FieldSize) -> [Effect] {
    guard let workbook, var editor = workbook.reflection.editor else { return [] }
    let questions = workbook.strategy.reflectionQuestions
    let question = questions[min(workbook.reflection.selection, questions.count - 1)]
    editor.resize(to: field)
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
        $0.apply(.reflectionAnswer(questionID: question.id, text: editor.text))
      }
    }
  }
}
