import WorkbookCore
import WorkbookWorkflow

/// The Reflection step: one question at a time, its quick answer, the team's written answer, and
/// for the questions about the scores the results under them, with the items the team split on.
enum ReflectionScreen {
  /// Where the parts of the screen go: drawing uses it, and the keymap sizes the answer's editor
  /// with it.
  struct Layout {
    let question: ReflectionQuestion
    let questionLines: [String]
    let showsResults: Bool
    /// Rows from the frame's top.
    let choiceRow: Int?
    let answerRow: Int
    let answerHeight: Int
    let answerWidth: Int
    let resultsRow: Int

    var answerField: FieldSize { FieldSize(width: answerWidth, height: answerHeight) }

    /// The rows the results take: a heading, one per score item, and the split.
    static func resultsHeight(_ strategy: Strategy) -> Int { strategy.scoreItems.count + 2 }

    init(_ workbook: WorkbookState, frame: ContentFrame) {
      let questions = workbook.strategy.reflectionQuestions
      question =
        questions.isEmpty
        ? ReflectionQuestion(id: "", text: "")
        : questions[min(workbook.reflection.selection, questions.count - 1)]
      questionLines = Array(wrap(question.text, width: frame.width).prefix(4))
      showsResults = question.aboutScores
      var row = 2 + questionLines.count + 1
      if question.quickChoice != nil {
        choiceRow = row
        row += 2
      } else {
        choiceRow = nil
      }
      answerRow = row + 1
      answerWidth = max(10, frame.width - 2)
      // Below the answer: its hint line, then the results after a blank row.
      let below = 1 + (showsResults ? 1 + Self.resultsHeight(workbook.strategy) : 0)
      answerHeight = max(3, min(12, frame.height - answerRow - below))
      resultsRow = answerRow + answerHeight + 2
    }
  }

  /// The keymap's contexts for the step: the quick answer's keys only where there is one.
  static func contexts(_ workbook: WorkbookState) -> [KeyContext] {
    let questions = workbook.strategy.reflectionQuestions
    guard !questions.isEmpty else { return [] }
    let question = questions[min(workbook.reflection.selection, questions.count - 1)]
    return question.quickChoice == nil ? [.reflection] : [.quickChoice, .reflection]
  }

  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let questions = workbook.strategy.reflectionQuestions
    let left = frame.left
    guard !questions.isEmpty else {
      buffer.put(
        messages(Step.reflection.titleKey), row: frame.top, column: left, style: .heading)
      buffer.put(
        messages(.stepsReflectionNoQuestions), row: frame.top + 2, column: left)
      return
    }
    let layout = Layout(workbook, frame: frame)
    let question = layout.question
    let selection = min(workbook.reflection.selection, questions.count - 1)
    let answer = workbook.session.reflection[question.id] ?? ReflectionAnswer()

    let used = buffer.put(
      messages(Step.reflection.titleKey), row: frame.top, column: left, style: .heading)
    buffer.put(
      "  ·  " + messages(.stepsReflectionQuestionNumber, selection + 1, questions.count),
      row: frame.top, column: left + used,
      style: .muted)
    let answered = questions.count { !(workbook.session.reflection[$0.id]?.isEmpty ?? true) }
    let count = messages(.stepsReflectionAnswered, answered, questions.count)
    buffer.put(
      count, row: frame.top, column: left + frame.width - count.displayWidth, style: .muted)

    buffer.focus = Position(row: frame.top + 2, column: left)
    for (offset, line) in layout.questionLines.enumerated() {
      buffer.put(line, row: frame.top + 2 + offset, column: left, style: .heading)
    }
    if let row = layout.choiceRow, let options = question.quickChoice?.options {
      drawChoice(
        options, chosen: answer.choice, row: frame.top + row, left: left, messages: messages,
        into: &buffer)
    }

    let solo = workbook.session.mode == .solo
    buffer.put(
      messages(solo ? .stepsReflectionYourAnswer : .stepsReflectionTeamAnswer),
      row: frame.top + layout.answerRow - 1, column: left,
      style: .heading)
    let answerOrigin = Position(row: frame.top + layout.answerRow, column: left + 2)
    let hintRow = answerOrigin.row + layout.answerHeight
    if var editor = workbook.reflection.editor {
      editor.resize(to: layout.answerField)
      editor.draw(into: &buffer, at: answerOrigin)
      editor.drawHints(into: &buffer, row: hintRow, column: left + 2, messages: messages)
    } else {
      drawAnswer(
        answer.text, solo: solo, layout: layout, at: answerOrigin, messages: messages,
        into: &buffer)
    }

    if layout.showsResults {
      drawResults(
        workbook, row: frame.top + layout.resultsRow, frame: frame, messages: messages,
        into: &buffer)
    }
  }

  private static func drawChoice(
    _ options: [QuickChoice.Option], chosen: String?, row: Int, left: Int, messages: Messages,
    into buffer: inout ScreenBuffer
  ) {
    // The quick answers are the workbook's own, not the page's: marked where they are seen.
    var column =
      left
      + buffer.put(
        messages(.stepsReflectionQuickAnswer), row: row, column: left, style: .muted) + 3
    for option in options {
      let isChosen = option.id == chosen
      let text = isChosen ? "[\(option.label)]" : " \(option.label) "
      column += buffer.put(text, row: row, column: column, style: isChosen ? .selected : .normal)
      column += 2
    }
  }

  /// The saved answer, wrapped as the editor wraps it; "…" when it runs past the space.
  private static func drawAnswer(
    _ text: String, solo: Bool, layout: Layout, at origin: Position, messages: Messages,
    into buffer: inout ScreenBuffer
  ) {
    let edit = KeyBinding.key(for: .reflection(.editAnswer), in: KeyBinding.reflection)
    guard !text.isEmpty else {
      buffer.put(
        messages(
          solo ? .stepsReflectionNotAnsweredSolo : .stepsReflectionNotAnsweredTeam, edit),
        row: origin.row,
        column: origin.column, style: .muted, maxWidth: layout.answerWidth)
      return
    }
    let lines = VisualLine.wrap(text, width: layout.answerWidth)
    for (offset, line) in lines.prefix(layout.answerHeight).enumerated() {
      buffer.put(
        line.text, row: origin.row + offset, column: origin.column, maxWidth: layout.answerWidth)
    }
    if lines.count > layout.answerHeight {
      buffer.put(
        messages(.stepsReflectionMore, edit), row: origin.row + layout.answerHeight,
        column: origin.column, style: .muted)
    }
  }

  /// Per score item its distribution, mean, band and agreement, then the items the team split on.
  private static func drawResults(
    _ workbook: WorkbookState, row top: Int, frame: ContentFrame, messages: Messages,
    into buffer: inout ScreenBuffer
  ) {
    let strategy = workbook.strategy
    let left = frame.left
    buffer.put(messages(.stepsResultsHeading), row: top, column: left, style: .heading)
    guard workbook.session.scoresRevealed else {
      buffer.put(
        messages(.stepsReflectionNotRevealed),
        row: top + 1, column: left + 2, style: .muted, maxWidth: frame.width - 2)
      return
    }
    let analysis = workbook.resultsFigures().analysis
    let titleWidth = max(10, frame.width - 48)
    for (offset, item) in strategy.scoreItems.enumerated() {
      guard let result = analysis.result(for: item.id) else { continue }
      let row = top + 1 + offset
      var column = left + 2
      buffer.put(item.title.truncated(to: titleWidth), row: row, column: column)
      column += titleWidth + 2
      buffer.put(ResultsView.sparkline(result.distribution), row: row, column: column)
      column += 11
      let mean = result.mean.map(ResultsView.oneDecimal) ?? "–"
      buffer.put(mean, row: row, column: column + 4 - mean.displayWidth)
      column += 6
      let band = result.band
      buffer.put(
        band?.text(messages) ?? "–", row: row, column: column,
        style: band == .high ? .good : band == .low ? .bad : .muted)
      column += 6
      // One person alone neither agrees nor splits: no agreement column for them.
      guard workbook.session.participants.count > 1 else { continue }
      buffer.put(result.agreement?.text(messages) ?? "–", row: row, column: column)
      column += 11
      if result.needsDiscussion {
        buffer.put(
          messages(.stepsReflectionSplitMark), row: row, column: column, style: .warning)
      }
    }
    let splits = strategy.scoreItems.compactMap { item -> String? in
      guard let result = analysis.result(for: item.id), result.needsDiscussion,
        let low = result.minimum, let high = result.maximum
      else { return nil }
      return messages(.stepsReflectionSplitItem, item.title, low, high)
    }
    // One person's scores cannot be close or split.
    let summary =
      workbook.session.participants.count == 1
      ? ""
      : splits.isEmpty
        ? messages(.stepsReflectionClose)
        : messages(.stepsReflectionSplit, splits.joined(separator: ", "))
    buffer.put(
      summary.truncated(to: frame.width - 2), row: top + 1 + strategy.scoreItems.count,
      column: left + 2, style: splits.isEmpty ? .muted : .warning)
  }
}
