import WorkbookCore
import WorkbookWorkflow

/// The Plan step: the capacity building plan as a table with the content's columns, under each
/// row where it came from (the last plan it was carried on from, the recommendation it was made
/// from); one row at a time as a card when the table would not fit. A cell being written opens
/// in a panel at the bottom.
enum PlanScreen {
  /// Text placed at a column of a line.
  struct Span: Equatable {
    var column: Int
    var text: String
    var style: TextStyle
  }

  /// A line of the table or card, and what it shows: a plan row (table) or a field (card), so
  /// the selection can be scrolled into view.
  struct Line: Equatable {
    var spans: [Span]
    var focus: Int?
  }

  /// The narrowest a table column may be before the plan shows as cards.
  static let minimumColumnWidth = 12
  /// Lines of a cell shown in the table; the rest is in the card and the editor.
  static let cellLines = 3
  static let cellEditorHeight = 4
  static let editorPanelHeight = cellEditorHeight + 3

  /// The cell's editor, in the panel under the plan.
  static func cellField(_ area: Area) -> FieldSize {
    FieldSize(width: area.width - 2, height: cellEditorHeight)
  }

  /// The plan takes the terminal's whole width less a margin each side, wider than the other
  /// steps' text: a table needs every column it can get.
  static func area(_ frame: ContentFrame, terminalWidth: Int) -> Area {
    Area(top: frame.top, left: 2, width: max(0, terminalWidth - 4), height: frame.height)
  }

  /// The part of the screen the plan uses: the content frame's rows, the terminal's columns.
  struct Area {
    let top: Int
    let left: Int
    let width: Int
    let height: Int
  }

  /// The width of each table column: what the marker and the gaps leave, shared out.
  static func columnWidth(_ workbook: WorkbookState, width: Int) -> Int {
    let count = max(1, workbook.strategy.plan.columns.count)
    return max(1, (width - 2 - 2 * (count - 1)) / count)
  }

  static func showsCards(_ workbook: WorkbookState, width: Int) -> Bool {
    columnWidth(workbook, width: width) < minimumColumnWidth
  }

  /// Whether the Plan step of the state shows a row as a card at the terminal's size.
  static func showsCards(in state: AppState) -> Bool {
    guard let workbook = state.workbook, !workbook.session.plan.isEmpty else { return false }
    let frame = ContentFrame(width: state.terminalWidth, height: state.terminalHeight)
    return showsCards(workbook, width: area(frame, terminalWidth: state.terminalWidth).width)
  }

  /// The rows the table or card has in `frame`: below the heading, above the editor's panel.
  static func bodyHeight(_ workbook: WorkbookState, frame: Area) -> Int {
    let panel = workbook.plan.cellEditor == nil ? 0 : editorPanelHeight
    return max(1, frame.height - 2 - panel)
  }

  static func lines(_ workbook: WorkbookState, width: Int, messages: Messages) -> [Line] {
    showsCards(workbook, width: width)
      ? cardLines(workbook, width: width, messages: messages)
      : tableLines(workbook, width: width, messages: messages)
  }

  /// A heading of column titles, then per row its cells wrapped side by side and the
  /// recommendation it came from.
  static func tableLines(_ workbook: WorkbookState, width: Int, messages: Messages) -> [Line] {
    let columns = workbook.strategy.plan.columns
    let rows = workbook.session.plan
    let state = workbook.plan
    let gap = 2
    let columnWidth = columnWidth(workbook, width: width)
    func x(_ index: Int) -> Int { 2 + index * (columnWidth + gap) }
    // Headings wrap onto a second line rather than being cut: people read them from afar.
    let headings = columns.map { Array(wrap($0.title, width: columnWidth).prefix(2)) }
    var lines = (0..<(headings.map(\.count).max() ?? 1)).map { line in
      Line(
        spans: headings.enumerated().compactMap { index, heading in
          heading[safe: line].map { Span(column: x(index), text: $0, style: .heading) }
        }, focus: nil)
    }
    for (rowIndex, row) in rows.enumerated() {
      let selectedRow = rowIndex == state.row
      var cells: [[String]] = columns.map { column in
        let text = row[column.id]
        return text.isEmpty ? [] : wrap(text, width: columnWidth)
      }
      for index in cells.indices where cells[index].count > cellLines {
        cells[index] = Array(cells[index].prefix(cellLines))
        // The rest shows in the card view and the editor.
        cells[index][cellLines - 1] = (cells[index][cellLines - 1] + " …").truncated(
          to: columnWidth)
      }
      let height = max(1, cells.map(\.count).max() ?? 1)
      for offset in 0..<height {
        var spans: [Span] = []
        if offset == 0, selectedRow { spans.append(Span(column: 0, text: "▸", style: .accent)) }
        for (index, column) in columns.enumerated() {
          let selected = selectedRow && index == state.column
          if let text = cells[index][safe: offset] {
            spans.append(
              Span(
                column: x(index), text: text.padded(to: selected ? columnWidth : 0),
                style: selected ? .selected : .normal))
          } else if offset == 0, selected {
            spans.append(
              Span(
                column: x(index),
                text: column.hint.truncated(to: columnWidth).padded(
                  to: columnWidth), style: .selected))
          } else if offset == 0 {
            spans.append(Span(column: x(index), text: "·", style: .muted))
          }
        }
        lines.append(Line(spans: spans, focus: rowIndex))
      }
      // Under the row: where it came from, the earlier plan and the recommendation.
      let origins = [
        carriedMark(row, in: workbook.session, messages: messages),
        linkedRecommendation(row, in: workbook.strategy, messages: messages),
      ]
      for text in origins.compactMap({ $0 }) {
        lines.append(
          Line(
            spans: [Span(column: 2, text: ("↳ " + text).truncated(to: width - 2), style: .muted)],
            focus: rowIndex))
      }
      lines.append(Line(spans: [], focus: nil))
    }
    return lines
  }

  /// The selected row as a card: its number, where it came from (the last plan, the
  /// recommendation), then each field with its title and its text wrapped in full.
  static func cardLines(_ workbook: WorkbookState, width: Int, messages: Messages) -> [Line] {
    let columns = workbook.strategy.plan.columns
    let rows = workbook.session.plan
    guard let row = rows[safe: workbook.plan.row] else { return [] }
    let labelWidth = min(22, (columns.map(\.title.displayWidth).max() ?? 0) + 2)
    let valueColumn = 2 + labelWidth
    let valueWidth = max(10, width - valueColumn)
    let heading = messages(.stepsPlanCardHeading, workbook.plan.row + 1, rows.count)
    // The card says how to move, since ↑↓ go through the fields here and not the rows.
    let fields = KeyBinding.hintKeys(for: .plan(.moveLeft), in: KeyBinding.planCard)
    let rowKeys = KeyBinding.keyPairs(
      .plan(.moveUp), .plan(.moveDown), in: KeyBinding.planCard, messages: messages)
    let keys = messages(.stepsPlanCardKeys, fields, rowKeys)
    var lines = [
      Line(
        spans: [
          Span(column: 0, text: heading, style: .heading),
          Span(
            column: heading.displayWidth + 3,
            text: keys.truncated(to: max(0, width - heading.displayWidth - 3)), style: .accent),
        ], focus: nil)
    ]
    let origins = [
      carriedMark(row, in: workbook.session, messages: messages, sentence: true),
      linkedRecommendation(row, in: workbook.strategy, messages: messages).map {
        messages(.stepsPlanFromRecommendation, $0)
      },
    ]
    for text in origins.compactMap({ $0 }) {
      for line in wrap(text, width: width) {
        lines.append(Line(spans: [Span(column: 0, text: line, style: .muted)], focus: nil))
      }
    }
    lines.append(Line(spans: [], focus: nil))
    for (index, column) in columns.enumerated() {
      let selected = index == workbook.plan.column
      let text = row[column.id]
      let values = text.isEmpty ? ["(\(column.hint))"] : wrap(text, width: valueWidth)
      for (offset, value) in values.enumerated() {
        var spans: [Span] = []
        if offset == 0 {
          if selected { spans.append(Span(column: 0, text: "▸", style: .accent)) }
          spans.append(
            Span(
              column: 2, text: column.title.truncated(to: labelWidth - 2),
              style: selected ? .selected : .heading))
        }
        spans.append(
          Span(column: valueColumn, text: value, style: text.isEmpty ? .muted : .normal))
        lines.append(Line(spans: spans, focus: index))
      }
    }
    return lines
  }

  /// What says a row was carried on from the earlier session's plan (in the plan review), and
  /// which of its rows, in words, so it reads without colour; with a full stop as a `sentence`.
  static func carriedMark(
    _ row: PlanRow, in session: Session, messages: Messages, sentence: Bool = false
  ) -> String? {
    guard let earlierID = row.carriedFrom else { return nil }
    guard let place = session.basedOn?.snapshot.plan.firstIndex(where: { $0.id == earlierID })
    else {
      return messages(sentence ? .stepsPlanCarriedSentence : .stepsPlanCarried)
    }
    return messages(sentence ? .stepsPlanCarriedRowSentence : .stepsPlanCarriedRow, place + 1)
  }

  /// The text of the recommendation a row was made from, if the content still has it.
  static func linkedRecommendation(_ row: PlanRow, in strategy: Strategy, messages: Messages)
    -> String?
  {
    guard let id = row.recommendationID else { return nil }
    let recommendation = strategy.recommendationGroups.flatMap(\.recommendations).first {
      $0.id == id
    }
    return recommendation?.text ?? messages(.stepsPlanMissingRecommendation, id)
  }

  static func draw(
    _ workbook: WorkbookState, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let frame = area(frame, terminalWidth: buffer.width)
    let left = frame.left
    let rows = workbook.session.plan
    let cards = showsCards(workbook, width: frame.width)
    var used = buffer.put(
      messages(Step.plan.titleKey), row: frame.top, column: left, style: .heading)
    var about = "  ·  " + messages(.stepsPlanRows, rows.count)
    if cards, !rows.isEmpty { about += "  ·  " + messages(.stepsPlanCards) }
    used += buffer.put(
      about, row: frame.top, column: left + used, style: .muted, maxWidth: frame.width - used)
    // The page's own table did not survive: the columns are marked as the workbook's.
    buffer.put(
      messages(.stepsPlanColumnsOwn), row: frame.top + 1, column: left,
      style: .muted, maxWidth: frame.width)
    let top = frame.top + 2
    guard !rows.isEmpty else {
      var row = top
      for line in wrap(workbook.strategy.plan.introduction, width: frame.width) {
        buffer.put(line, row: row, column: left)
        row += 1
      }
      let add = KeyBinding.key(for: .plan(.addRow), in: KeyBinding.plan)
      let fromRecommendation = KeyBinding.key(
        for: .recommendations(.addToPlan), in: KeyBinding.recommendations)
      buffer.put(
        messages(.stepsPlanEmpty, add, fromRecommendation), row: row + 1,
        column: left, style: .muted, maxWidth: frame.width)
      return
    }
    let lines = lines(workbook, width: frame.width, messages: messages)
    let height = bodyHeight(workbook, frame: frame)
    let focus = showsCards(workbook, width: frame.width) ? workbook.plan.column : workbook.plan.row
    let window = ListWindow(
      lineCount: lines.count, selected: selectedRows(lines, focus: focus), height: height)
    for (offset, line) in lines[window.rows].enumerated() {
      for span in line.spans {
        buffer.put(
          span.text, row: top + offset, column: left + span.column, style: span.style,
          maxWidth: frame.width - span.column)
      }
      if buffer.focus == nil, line.focus == focus {
        buffer.focus = Position(row: top + offset, column: left)
      }
    }
    if let editor = workbook.plan.cellEditor {
      drawEditorPanel(
        editor, workbook, row: top + height + 1, frame: frame, messages: messages, into: &buffer)
    }
    // In the rows just above and below the plan, never over its text.
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

  /// The lines the selected row (table) or field (card) takes; the table's column titles (or the
  /// card's heading) come into view with the first.
  private static func selectedRows(_ lines: [Line], focus: Int) -> ClosedRange<Int>? {
    guard let rows = ListWindow.selectedRows(of: lines, where: { $0.focus == focus }) else {
      return nil
    }
    return (focus == 0 ? 0 : rows.lowerBound)...rows.upperBound
  }

  private static func drawEditorPanel(
    _ editor: TextEditor, _ workbook: WorkbookState, row: Int, frame: Area, messages: Messages,
    into buffer: inout ScreenBuffer
  ) {
    let column = workbook.strategy.plan.columns[safe: workbook.plan.column]
    buffer.put(
      String(repeating: "─", count: frame.width), row: row - 1, column: frame.left, style: .muted)
    let title = messages(.stepsPlanCellTitle, column?.title ?? "", workbook.plan.row + 1)
    let used = buffer.put(title, row: row, column: frame.left, style: .heading)
    if let hint = column?.hint, !hint.isEmpty {
      buffer.put(
        "  " + hint, row: row, column: frame.left + used, style: .muted,
        maxWidth: frame.width - used)
    }
    var editor = editor
    editor.resize(to: cellField(frame))
    editor.draw(into: &buffer, at: Position(row: row + 1, column: frame.left + 2))
    editor.drawHints(
      into: &buffer, row: row + 1 + cellEditorHeight, column: frame.left + 2, messages: messages)
  }
}
