import WorkbookCore
import WorkbookWorkflow

/// The Recommendations step: every recommendation under its group's heading, its full text
/// wrapped, with the team's mark, priority and note; counts per mark, a filter, and the weak
/// areas first on request. A note being written opens in a panel at the bottom.
enum RecommendationsScreen {
  /// A recommendation as listed, with the group it belongs to.
  struct Entry: Equatable {
    let group: RecommendationGroup
    let recommendation: Recommendation
  }

  /// One line of the list: pieces of text in their styles, and the entry it belongs to.
  struct ListLine: Equatable {
    var pieces: [Piece]
    var entry: Int?
  }

  struct Piece: Equatable {
    var text: String
    var style: TextStyle
  }

  /// Columns before a recommendation's text: the marker and the mark.
  static let markWidth = 17
  /// Rows of the note panel: a title, the editor, its hints.
  static let noteEditorHeight = 4
  static let notePanelHeight = noteEditorHeight + 3

  /// The note's editor, under the list the width of the frame.
  static func noteField(_ frame: ContentFrame) -> FieldSize {
    FieldSize(width: frame.width - 2, height: noteEditorHeight)
  }

  /// The groups in the order shown: the content's, or the weak areas first on request (the
  /// workflow's order, which waits for the reveal).
  static func orderedGroups(_ workbook: WorkbookState) -> [RecommendationGroup] {
    guard workbook.recommendations.weakAreasFirst else {
      return workbook.strategy.recommendationGroups
    }
    return WeakAreas.orderedGroups(session: workbook.session, strategy: workbook.strategy)
  }

  /// The recommendations listed, in order, after the filter.
  static func entries(_ workbook: WorkbookState) -> [Entry] {
    let filter = workbook.recommendations.filter
    return orderedGroups(workbook).flatMap { group in
      group.recommendations.filter { recommendation in
        filter == nil || workbook.session.review(of: recommendation.id).status == filter
      }.map { Entry(group: group, recommendation: $0) }
    }
  }

  /// The selected entry, if the list has any.
  static func selectedEntry(_ workbook: WorkbookState) -> Entry? {
    let entries = entries(workbook)
    guard !entries.isEmpty else { return nil }
    return entries[min(workbook.recommendations.selection, entries.count - 1)]
  }

  /// The rows the list has in `frame`: below the heading and counts, above the note panel.
  static func listHeight(_ workbook: WorkbookState, frame: ContentFrame) -> Int {
    let panel = workbook.recommendations.noteEditor == nil ? 0 : notePanelHeight
    return max(1, frame.height - 3 - panel)
  }

  /// The lines the selected recommendation takes, with its group's heading when it is the first of
  /// its group, so the heading comes into view with it.
  private static func selectedRows(_ lines: [ListLine], _ workbook: WorkbookState) -> ClosedRange<
    Int
  >? {
    let selection = min(workbook.recommendations.selection, entries(workbook).count - 1)
    guard let rows = ListWindow.selectedRows(of: lines, where: { $0.entry == selection }) else {
      return nil
    }
    let headed = rows.lowerBound > 0 && lines[rows.lowerBound - 1].entry == nil
    return (headed ? rows.lowerBound - 1 : rows.lowerBound)...rows.upperBound
  }

  /// The list as lines `width` columns wide: a heading per group, each recommendation's text
  /// wrapped beside its mark, and below it last time's mark, its priority and note.
  static func lines(_ workbook: WorkbookState, width: Int, messages: Messages) -> [ListLine] {
    let entries = entries(workbook)
    let selection = min(workbook.recommendations.selection, entries.count - 1)
    let textWidth = max(10, width - markWidth)
    let pad = String(repeating: " ", count: markWidth)
    // The weak areas' tags show with their order, once the scores are revealed.
    let analysis =
      workbook.recommendations.weakAreasFirst && workbook.session.scoresRevealed
      ? workbook.resultsFigures().analysis : nil
    var lines: [ListLine] = []
    var group: String?
    for (index, entry) in entries.enumerated() {
      if entry.group.id != group {
        group = entry.group.id
        if !lines.isEmpty { lines.append(ListLine(pieces: [], entry: nil)) }
        let tags =
          analysis.map {
            GroupWeakness(of: entry.group, analysis: $0, strategy: workbook.strategy).reasons
              .map { messages($0.titleKey) }
          } ?? []
        // The tags are why the group comes first: the title gives way to them.
        let tagText = tags.isEmpty ? "" : "  " + tags.joined(separator: " · ")
        lines.append(
          ListLine(
            pieces: [
              Piece(
                text: entry.group.title.truncated(to: max(10, width - tagText.displayWidth)),
                style: .heading),
              Piece(text: tagText, style: .warning),
            ].filter { !$0.text.isEmpty }, entry: nil))
      }
      let review = workbook.session.review(of: entry.recommendation.id)
      let selected = index == selection
      let mark = (selected ? "▸ " : "  ") + review.status.text(messages)
      let markStyle: TextStyle = selected ? .selected : review.status.style
      for (offset, text) in wrap(entry.recommendation.text, width: textWidth).enumerated() {
        let lead =
          offset == 0
          ? Piece(text: mark.padded(to: markWidth), style: markStyle)
          : Piece(text: pad, style: .normal)
        lines.append(ListLine(pieces: [lead, Piece(text: text, style: .normal)], entry: index))
      }
      var details: [String] = []
      // The earlier session's mark, for a session based on one (marks only: no note, no priority).
      if let earlier = workbook.session.basedOn?.snapshot.marks[entry.recommendation.id]?
        .lastTime(messages)
      {
        details.append(earlier)
      }
      if let priority = review.priority {
        details.append(priority.text(messages))
      }
      let note = review.note.split(separator: "\n").first.map(String.init) ?? ""
      if !note.isEmpty { details.append(messages(.stepsRecommendationNote, note)) }
      if !details.isEmpty {
        lines.append(
          ListLine(
            pieces: [
              Piece(text: pad, style: .normal),
              Piece(text: details.joined(separator: " · ").truncated(to: textWidth), style: .muted),
            ], entry: index))
      }
    }
    return lines
  }

  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let state = workbook.recommendations
    let left = frame.left
    var used = buffer.put(
      messages(Step.recommendations.titleKey), row: frame.top, column: left, style: .heading)
    var view =
      "  ·  "
      + (state.filter.map { messages(.stepsFilterOnly, $0.text(messages)) }
        ?? messages(.stepsFilterAll))
    if state.weakAreasFirst {
      view +=
        "  ·  "
        + messages(
          workbook.session.scoresRevealed ? .stepsWeakFirst : .stepsWeakFirstAfterReveal)
    }
    used += buffer.put(
      view, row: frame.top, column: left + used, style: .muted, maxWidth: frame.width - used)
    buffer.put(
      counts(workbook, messages: messages).truncated(to: frame.width), row: frame.top + 1,
      column: left, style: .muted)

    let lines = lines(workbook, width: frame.width, messages: messages)
    let height = listHeight(workbook, frame: frame)
    let top = frame.top + 3
    if lines.isEmpty {
      let filter = state.filter?.text(messages) ?? ""
      let next = KeyBinding.key(for: .recommendations(.cycleFilter), in: KeyBinding.recommendations)
      buffer.put(
        messages(.stepsFilterEmpty, filter, next), row: top,
        column: left, style: .muted, maxWidth: frame.width)
    }
    let selection = min(state.selection, entries(workbook).count - 1)
    let window = ListWindow(
      lineCount: lines.count, selected: selectedRows(lines, workbook), height: height)
    for (offset, line) in lines[window.rows].enumerated() {
      var column = left
      for piece in line.pieces {
        column += buffer.put(piece.text, row: top + offset, column: column, style: piece.style)
      }
      if buffer.focus == nil, line.entry == selection {
        buffer.focus = Position(row: top + offset, column: left)
      }
    }
    if let editor = state.noteEditor, let entry = selectedEntry(workbook) {
      drawNotePanel(
        editor, for: entry, row: top + height + 1, frame: frame, messages: messages, into: &buffer)
    }
    // In the rows just above and below the list, never over its text.
    if window.hasMoreAbove {
      let more = messages(.stepsMoreAbove)
      buffer.put(
        more, row: top - 1, column: left + frame.width - more.displayWidth, style: .muted)
    }
    if window.hasMoreBelow(lineCount: lines.count) {
      let more = messages(.stepsMoreBelow)
      buffer.put(
        more, row: top + height, column: left + frame.width - more.displayWidth, style: .muted)
    }
  }

  /// "2 already doing  1 try next  0 not for now  0 not applicable  11 to review"
  static func counts(_ workbook: WorkbookState, messages: Messages) -> String {
    let statuses = workbook.strategy.recommendationGroups.flatMap(\.recommendations).map {
      workbook.session.review(of: $0.id).status
    }
    let order: [ReviewStatus] = [.alreadyDoing, .tryNext, .notForNow, .notApplicable, .notReviewed]
    return order.map { status in status.count(statuses.count { $0 == status }, messages) }
      .joined(separator: "  ")
  }

  private static func drawNotePanel(
    _ editor: TextEditor, for entry: Entry, row: Int, frame: ContentFrame, messages: Messages,
    into buffer: inout ScreenBuffer
  ) {
    buffer.put(
      String(repeating: "─", count: frame.width), row: row - 1, column: frame.left, style: .muted)
    let used = buffer.put(
      messages(.stepsNoteOn) + " ", row: row, column: frame.left, style: .muted)
    buffer.put(
      entry.recommendation.text.truncated(to: frame.width - used), row: row,
      column: frame.left + used)
    var editor = editor
    editor.resize(to: noteField(frame))
    editor.draw(into: &buffer, at: Position(row: row + 1, column: frame.left + 2))
    editor.drawHints(
      into: &buffer, row: row + 1 + noteEditorHeight, column: frame.left + 2, messages: messages)
  }
}

extension ReviewStatus {
  /// How the mark reads in the list.
  var style: TextStyle {
    switch self {
    case .notReviewed, .notForNow, .notApplicable: .muted
    case .alreadyDoing: .good
    case .tryNext: .accent
    }
  }
}
