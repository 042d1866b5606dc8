import WorkbookCore

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
      buffer.put("Facilitator notes", row: frame.top, column: frame.left, style: .heading)
      buffer.put(
        "Kept in the session file and the JSON export; no other export shows them.",
        row: frame.top + 1, column: frame.left, style: .muted, maxWidth: frame.width)
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
      AgendaView.draw(workbook, selected: selected, into: &buffer, frame: frame)
      return
    }
    let lines = lines(of: workbook, width: frame.width)
    let scroll = max(0, min(workbook.overview.scroll, lines.count - frame.height))
    for (offset, line) in lines.dropFirst(scroll).prefix(frame.height).enumerated() {
      buffer.put(line.text, row: frame.top + offset, column: frame.left, style: line.style)
    }
    if scroll + frame.height < lines.count {
      let more = "↓ more"
      buffer.put(
        more, row: frame.bottom, column: frame.left + frame.width - more.displayWidth,
        style: .muted)
    }
  }

  /// The text of the step, wrapped to `width`: the layout both drawing and scrolling use.
  static func lines(of workbook: WorkbookState, width: Int) -> [(text: String, style: TextStyle)] {
    let strategy = workbook.strategy
    let session = workbook.session
    var lines: [(text: String, style: TextStyle)] = []
    func paragraph(_ text: String, _ style: TextStyle = .normal, indent: Int = 0) {
      let pad = String(repeating: " ", count: indent)
      lines += wrap(text, width: width - indent).map { (pad + $0, style) }
    }
    func blank() { lines.append(("", .normal)) }

    paragraph(strategy.title, .heading)
    paragraph(sessionLine(session), .muted)
    blank()
    paragraph(strategy.introduction)
    blank()
    paragraph("How this session runs", .heading)
    blank()
    let people = session.participants.count
    let items = strategy.scoreItems.count
    let scoring =
      session.mode == .workshop
      ? "Each of the \(people) participants scores the \(items) items in private, passing the "
        + "keyboard round; a screen between people hides everything. Nothing of anyone's scores "
        + "shows until the facilitator reveals them."
      : "You score the \(items) items, 1 to 5, or don't know, or not applicable."
    let recommendations = strategy.recommendations.count
    let steps: [(String, String)] = [
      ("Scores", scoring),
      (
        "Results",
        session.mode == .workshop
          ? "The results show, per item, how the scores spread, the mean, high or low, and "
            + "whether the team agrees; items where it split are marked to discuss."
          : "The results show your score on each item, high or low, and your strengths and "
            + "challenges."
      ),
      (
        "Reflection",
        "\(strategy.reflectionQuestions.count) questions to think about"
          + (session.mode == .workshop ? " together." : ".")
      ),
      (
        "Recommendations",
        "\(recommendations) recommendations in \(strategy.recommendationGroups.count) groups: "
          + "mark what you already do and what to try next."
      ),
      ("Plan", "A capacity building plan: goals, actions, who, by when."),
      ("Export", "Take it all away as Markdown, wikitext, CSV or JSON."),
    ]
    for (title, text) in steps {
      let label = title.padded(to: 22)
      let wrapped = wrap(text, width: width - 24)
      for (index, line) in wrapped.enumerated() {
        lines.append(
          ((index == 0 ? "  " + label : String(repeating: " ", count: 24)) + line, .normal))
      }
    }
    blank()
    paragraph("Move between the steps freely with Tab or the numbers 1–6.", .muted)
    blank()
    let review = PlanReviewView.overviewLines(session, width: width)
    if !review.isEmpty {
      lines += review
      blank()
    }
    lines += AgendaView.overviewLines(session.agenda, width: width)
    blank()
    paragraph("Facilitator notes", .heading)
    notes(session.facilitatorNotes, width: width, into: &lines)
    blank()
    paragraph("Source: \(strategy.source.url)", .muted)
    paragraph("\(strategy.source.attribution) (\(strategy.source.licence))", .muted)
    if let url = strategy.source.licenceURL { paragraph("Licence: \(url)", .muted) }
    paragraph(ContentSource.workbookOwn, .muted)
    return lines
  }

  /// The first rows of the notes as the editor wraps them, or a muted "none yet".
  private static func notes(
    _ text: String, width: Int, into lines: inout [(text: String, style: TextStyle)]
  ) {
    guard !text.isEmpty else {
      let write = KeyBinding.key(for: .overview(.editNotes), in: KeyBinding.overview)
      lines.append(("  None yet. Press \(write) to write them.", .muted))
      return
    }
    let rows = VisualLine.wrap(text, width: width - 2)
    lines += rows.prefix(notesPreviewRows).map { ("  " + String($0.text), .normal) }
    if rows.count > notesPreviewRows {
      lines.append(("  … f to read and change all of it", .muted))
    }
  }

  private static func sessionLine(_ session: Session) -> String {
    var parts = [session.title]
    if !session.organization.isEmpty { parts.append(session.organization) }
    switch session.mode {
    case .solo: parts.append("solo")
    case .workshop where session.anonymous:
      parts.append("workshop, \(session.participants.count) participants, anonymous")
    case .workshop:
      parts.append("workshop with " + session.participants.map(\.name).joined(separator: ", "))
    }
    return parts.joined(separator: "  ·  ")
  }
}
