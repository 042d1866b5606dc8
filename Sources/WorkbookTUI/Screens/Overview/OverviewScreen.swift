import WorkbookCore

/// The Overview step: the strategy's introduction, and how the session runs, scrolled as one text.
enum OverviewScreen {
  static func draw(_ workbook: WorkbookState, into buffer: inout ScreenBuffer, frame: ContentFrame)
  {
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
        "The results show, per item, how the scores spread, the mean, high or low, and whether "
          + "the team agrees; items where it split are marked to discuss."
      ),
      ("Reflection", "\(strategy.reflectionQuestions.count) questions to think about together."),
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
    paragraph("Source: \(strategy.source.url)", .muted)
    paragraph("\(strategy.source.attribution) (\(strategy.source.licence))", .muted)
    return lines
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
