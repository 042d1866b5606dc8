import WorkbookCore

/// The earlier session's plan under review on the Overview step: each of its rows with what
/// became of it and the team's note, the selected one highlighted; a note being written takes
/// the lower part of the step. Shows only the earlier plan and this session's review of it:
/// nothing of anyone's scores.
enum PlanReviewView {
  /// Rows of the note panel: a title, the editor, its hints.
  static let noteEditorHeight = 4

  static func noteEditorSize(_ frame: ContentFrame) -> FieldSize {
    FieldSize(width: max(10, frame.width - 2), height: noteEditorHeight)
  }

  /// The Overview's section about the review: how far it has come and how to open it.
  static func overviewLines(
    _ session: Session, width: Int, messages: Messages
  ) -> [(text: String, style: TextStyle)] {
    guard let earlier = session.basedOn, !earlier.snapshot.plan.isEmpty else { return [] }
    let rows = earlier.snapshot.plan
    let reviewed = rows.count { earlier.review(ofRow: $0.id).outcome != .notReviewed }
    let text = messages(
      .tuiPlanReviewProgress, reviewed, rows.count, earlier.snapshot.title,
      KeyBinding.key(for: .overview(.reviewEarlierPlan), in: KeyBinding.overview))
    return [(messages(.tuiPlanReviewHeading), .heading)]
      + wrap(text, width: width - 2).map { ("  " + $0, .normal) }
  }

  static func draw(
    _ workbook: WorkbookState, selected: Int, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    guard let earlier = workbook.session.basedOn else { return }
    let left = frame.left
    buffer.put(messages(.tuiPlanReviewHeading), row: frame.top, column: left, style: .heading)
    let about = messages(.tuiPlanReviewAbout, earlier.snapshot.title)
    var row = frame.top + 1
    for line in wrap(about, width: frame.width) {
      buffer.put(line, row: row, column: left)
      row += 1
    }
    row += 1
    let editor = workbook.overview.planReviewNoteEditor
    let bottom = frame.top + frame.height - (editor == nil ? 0 : noteEditorHeight + 3)
    let columns = workbook.strategy.plan.columns.prefix(2)
    // The outcomes' column as wide as the widest of them, and a margin.
    let outcomeWidth =
      (PlanRowOutcome.allCases.map { messages($0.labelKey).displayWidth }.max() ?? 0) + 2
    let textWidth = max(10, frame.width - outcomeWidth - 2)
    // Two rows per plan row: its first cells and the note; the list scrolls to the selection.
    let room = max(1, (bottom - row) / 2)
    let first = max(0, min(selected - room + 1, earlier.snapshot.plan.count - room))
    for (index, planRow) in earlier.snapshot.plan.enumerated().dropFirst(first).prefix(room) {
      let review = earlier.review(ofRow: planRow.id)
      let isSelected = index == selected
      let style: TextStyle = isSelected ? .selected : .normal
      if isSelected { buffer.fill(row: row, column: left, width: frame.width, style: style) }
      buffer.put(isSelected ? "▸" : " ", row: row, column: left, style: style)
      buffer.put(
        messages(review.outcome.labelKey), row: row, column: left + 2,
        style: isSelected ? style : review.outcome == .notReviewed ? .muted : .accent)
      let cells = columns.map { planRow[$0.id] }.filter { !$0.isEmpty }
      let text =
        cells.isEmpty ? messages(.tuiPlanReviewEmptyRow) : cells.joined(separator: " · ")
      buffer.put(
        text.truncated(to: textWidth), row: row, column: left + 2 + outcomeWidth, style: style)
      let note = review.note.split(separator: "\n").first.map(String.init) ?? ""
      if !note.isEmpty {
        buffer.put(
          messages(.tuiPlanReviewNote, note).truncated(to: textWidth), row: row + 1,
          column: left + 2 + outcomeWidth,
          style: .muted)
      }
      row += 2
    }
    guard var editor else { return }
    let size = noteEditorSize(frame)
    let top = bottom + 1
    buffer.put(messages(.tuiPlanReviewNoteHeading), row: top, column: left, style: .heading)
    let origin = Position(row: top + 1, column: left + 2)
    editor.resize(to: size)
    editor.draw(into: &buffer, at: origin)
    editor.drawHints(
      into: &buffer, row: origin.row + size.height, column: origin.column, messages: messages)
  }
}

extension PlanRowOutcome {
  /// Its name, as the reports name it.
  var labelKey: MessageKey {
    switch self {
    case .notReviewed: .exportOutcomeNotReviewed
    case .done: .exportOutcomeDone
    case .inProgress: .exportOutcomeInProgress
    case .dropped: .exportOutcomeDropped
    case .carried: .exportOutcomeCarried
    }
  }
}
