import WorkbookCore
import WorkbookWorkflow

/// The Overview step: the strategy's introduction, how the session runs and the facilitator's
/// notes, scrolled as one text; while the notes are being written, their editor fills the step.
enum OverviewScreen {
  /// The rows of the saved notes the overview shows; `f` opens all of them.
  static let notesPreviewRows = 3

  /// The notes' editor: below a heading, a line about where the notes go and a blank row, with its
  /// hints on the frame's last row.
  static func notesEditorSize(_ frame: ContentFrame) -> FieldSize {
    FieldSize(width: max(10, frame.width - 2), height: max(3, frame.height - 3))
  }

  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    if var editor = workbook.overview.notesEditor {
      let size = notesEditorSize(frame)
      buffer.put(messages(.tuiNotesHeading), row: frame.top, column: frame.left, style: .heading)
      buffer.put(
        messages(.tuiNotesKept), row: frame.top + 1, column: frame.left, style: .muted,
        maxWidth: frame.width)
      let origin = Position(row: frame.top + 3, column: frame.left + 2)
      editor.resize(to: size)
      editor.draw(into: &buffer, at: origin)
      editor.drawHints(
        into: &buffer, row: origin.row + size.height, column: origin.column, messages: messages)
      return
    }
    if let selected = workbook.overview.planReviewSelection {
      PlanReviewView.draw(
        workbook, selected: selected, messages: messages, into: &buffer, frame: frame)
      return
    }
    if let selected = workbook.overview.agendaSelection {
      AgendaView.draw(
        workbook, selected: selected, messages: messages, into: &buffer, frame: frame)
      return
    }
    // A screenful and one line more: enough to clamp the scroll and to tell of more below.
    let lines = lines(
      of: workbook, width: frame.width, messages: messages,
      limit: workbook.overview.scroll + frame.height + 1)
    let scroll = max(0, min(workbook.overview.scroll, lines.count - frame.height))
    for (offset, line) in lines.dropFirst(scroll).prefix(frame.height).enumerated() {
      buffer.put(line.text, row: frame.top + offset, column: frame.left, style: line.style)
    }
    if scroll + frame.height < lines.count {
      let more = messages(.tuiMoreBelow)
      buffer.put(
        more, row: frame.bottom, column: frame.left + frame.width - more.displayWidth,
        style: .muted)
    }
  }

  /// The text of the step, wrapped to `width`: the layout both drawing and scrolling use. With a
  /// `limit`, only its first lines, at least `limit` of them where the whole has as many: a frame
  /// shows a screenful, and need not wrap the long text below it.
  static func lines(
    of workbook: WorkbookState, width: Int, messages: Messages, limit: Int = .max
  ) -> [(text: String, style: TextStyle)] {
    let strategy = workbook.strategy
    let session = workbook.session
    var lines: [(text: String, style: TextStyle)] = []
    func paragraph(_ text: String, _ style: TextStyle = .normal, indent: Int = 0) {
      let pad = String(repeating: " ", count: indent)
      lines += wrap(text, width: width - indent).map { (pad + $0, style) }
    }
    func blank() { lines.append(("", .normal)) }

    paragraph(strategy.title, .heading)
    paragraph(sessionLine(session, messages), .muted)
    blank()
    // The long text: as many of its lines as the limit leaves room for. Everything before it is
    // whole, so what is returned here is the layout's beginning.
    lines += wrap(strategy.introduction, width: width, maxLines: max(0, limit - lines.count)).map {
      ($0, .normal)
    }
    if lines.count >= limit { return lines }
    blank()
    if lines.count >= limit { return lines }
    paragraph(messages(.tuiOverviewHow), .heading)
    blank()
    let people = session.participants.count
    let items = strategy.scoreItems.count
    let scoring =
      session.mode == .workshop
      ? messages(.tuiOverviewScoresWorkshop, people, items)
      : messages(.tuiOverviewScoresSolo, items)
    let recommendations = strategy.recommendations.count
    let workshop = session.mode == .workshop
    let steps: [(MessageKey, String)] = [
      (Step.scores.titleKey, scoring),
      (
        .tuiOverviewResults,
        messages(workshop ? .tuiOverviewResultsWorkshop : .tuiOverviewResultsSolo)
      ),
      (
        Step.reflection.titleKey,
        messages(
          workshop ? .tuiOverviewReflectionWorkshop : .tuiOverviewReflectionSolo,
          strategy.reflectionQuestions.count)
      ),
      (
        Step.recommendations.titleKey,
        messages(
          .tuiOverviewRecommendations, recommendations, strategy.recommendationGroups.count)
      ),
      (Step.plan.titleKey, messages(.tuiOverviewPlan)),
      (Step.export.titleKey, messages(.tuiOverviewExport)),
    ]
    for (title, text) in steps {
      if lines.count >= limit { return lines }
      let label = messages(title).padded(to: 22)
      let wrapped = wrap(text, width: width - 24)
      for (index, line) in wrapped.enumerated() {
        lines.append(
          ((index == 0 ? "  " + label : String(repeating: " ", count: 24)) + line, .normal))
      }
    }
    blank()
    paragraph(messages(.tuiOverviewMove), .muted)
    blank()
    if lines.count >= limit { return lines }
    let review = PlanReviewView.overviewLines(session, width: width, messages: messages)
    if !review.isEmpty {
      lines += review
      blank()
    }
    lines += AgendaView.overviewLines(session.agenda, width: width, messages: messages)
    blank()
    paragraph(messages(.tuiNotesHeading), .heading)
    notes(session.facilitatorNotes, width: width, messages: messages, into: &lines)
    blank()
    paragraph(messages(.tuiOverviewSource, strategy.source.url), .muted)
    paragraph("\(strategy.source.attribution) (\(strategy.source.licence))", .muted)
    if let url = strategy.source.licenceURL {
      paragraph(messages(.tuiOverviewLicence, url), .muted)
    }
    paragraph(messages(.exportWorkbookOwnText), .muted)
    return lines
  }

  /// The first rows of the notes as the editor wraps them, or a muted "none yet".
  private static func notes(
    _ text: String, width: Int, messages: Messages,
    into lines: inout [(text: String, style: TextStyle)]
  ) {
    let write = KeyBinding.key(for: .overview(.editNotes), in: KeyBinding.overview)
    guard !text.isEmpty else {
      lines += wrap(messages(.tuiNotesNone, write), width: width - 2).map { ("  " + $0, .muted) }
      return
    }
    let rows = VisualLine.wrap(text, width: width - 2)
    lines += rows.prefix(notesPreviewRows).map { ("  " + String($0.text), .normal) }
    if rows.count > notesPreviewRows {
      lines.append(("  " + messages(.tuiNotesMore, write), .muted))
    }
  }

  private static func sessionLine(_ session: Session, _ messages: Messages) -> String {
    var parts = [session.title]
    if !session.organization.isEmpty { parts.append(session.organization) }
    switch session.mode {
    case .solo: parts.append(messages(.tuiOverviewSolo))
    case .workshop where session.anonymous:
      parts.append(messages(.tuiOverviewWorkshopAnonymous, session.participants.count))
    case .workshop:
      parts.append(
        messages(
          .tuiOverviewWorkshopWith, session.participants.map(\.name).concatenated(separator: ", ")))
    }
    return parts.concatenated(separator: "  ·  ")
  }
}
