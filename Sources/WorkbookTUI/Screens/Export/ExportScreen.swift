import WorkbookCore
import WorkbookWorkflow

/// The Export step: the formats on the left, the exact text that will be written on the right,
/// and below them the file, where it writes to, and what the last write did. A file that exists
/// is replaced only after the question in a dialog. Before a workshop's reveal every format is
/// the exporter's private form, without anyone's scores: what the preview shows is what is written.
enum ExportScreen {
  /// The format list's width; the preview takes the rest.
  static let listWidth = 22
  /// Rows below the preview: a blank, the file, where it writes to, and two for the outcome.
  static let footerHeight = 5
  static let fileLabel = "File  "

  /// The preview's first row is under its heading, two rows below the step's title.
  static func previewTop(_ frame: ContentFrame) -> Int { frame.top + 3 }

  static func previewHeight(_ frame: ContentFrame) -> Int {
    max(1, frame.bottom - footerHeight - previewTop(frame))
  }

  static func previewWidth(_ frame: ContentFrame) -> Int { max(1, frame.width - listWidth - 2) }

  static func fileFieldWidth(_ frame: ContentFrame) -> Int {
    max(1, frame.width - fileLabel.count)
  }

  /// One row of the preview: a piece of a line of the export, and which line (from 1).
  struct PreviewRow: Equatable {
    var text: String
    var line: Int
  }

  /// The export's lines as the preview shows them: each wrapped into rows of the preview's width
  /// after spaces, so every character written is on screen exactly once. A word wider than a row
  /// is broken with "↩" at the row's end, a sign that is never in the file.
  static func previewRows(_ state: ExportState, width: Int) -> [PreviewRow] {
    guard case .success(let text)? = state.preview?.text else { return [] }
    var rows: [PreviewRow] = []
    for (index, line) in lines(of: text).enumerated() {
      // A field's wrapping keeps its last column for a cursor: here it takes the "↩".
      let pieces = VisualLine.wrap(String(line), width: max(2, width))
      for (number, piece) in pieces.enumerated() {
        let next = pieces.indices.contains(number + 1) ? pieces[number + 1].text.first : nil
        let brokenWord =
          piece.text.last?.isWordCharacter == true && next?.isWordCharacter == true
        rows.append(PreviewRow(text: String(piece.text) + (brokenWord ? "↩" : ""), line: index + 1))
      }
    }
    return rows
  }

  /// The lines of the text, split at "\n" and at "\r\n" (CSV's line ends); a line break at the
  /// end ends the last line and starts none.
  static func lines(of text: String) -> [Substring] {
    var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
    if text.last?.isNewline == true { lines.removeLast() }
    return lines
  }

  /// `folder` is where the workbook started: where a file name without a folder writes to.
  static func draw(
    _ workbook: WorkbookState, folder: String, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let state = workbook.export
    let used = buffer.put("Export", row: frame.top, column: frame.left, style: .heading)
    buffer.put(
      "  ·  the session as a file; exporting never changes it", row: frame.top,
      column: frame.left + used, style: .muted, maxWidth: frame.width - used)
    drawFormats(state, into: &buffer, frame: frame)
    drawPreview(state, into: &buffer, frame: frame)
    drawFile(workbook, folder: folder, messages: messages, into: &buffer, frame: frame)
    if let path = state.pendingOverwrite {
      buffer.cursor = nil
      Dialog.draw(
        [
          ("Replace the file?", .heading), ("", .normal),
          (
            "\(path) already exists. Replacing it loses what it holds now. To write under "
              + "another name, keep it and press "
              + KeyBinding.key(for: .export(.editFileName), in: KeyBinding.export) + ".", .normal
          ),
        ], keys: KeyBinding.overwriteConfirmation, messages: messages, into: &buffer,
        frame: frame)
    }
  }

  private static func drawFormats(
    _ state: ExportState, into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    buffer.put("Format", row: frame.top + 2, column: frame.left, style: .muted)
    for (index, choice) in ExportChoice.allCases.enumerated() {
      let row = previewTop(frame) + index
      let selected = choice == state.choice
      if selected {
        buffer.put("▸", row: row, column: frame.left, style: .accent)
        buffer.focus = Position(row: row, column: frame.left)
      }
      let fileExtension = "." + choice.format.fileExtension
      let text =
        choice.title.padded(to: listWidth - 3 - fileExtension.count) + fileExtension
      buffer.put(
        text, row: row, column: frame.left + 2, style: selected ? .selected : .normal,
        maxWidth: listWidth - 2)
    }
  }

  private static func drawPreview(
    _ state: ExportState, into buffer: inout ScreenBuffer, frame: ContentFrame
  ) {
    let left = frame.left + listWidth + 2
    let width = previewWidth(frame)
    let height = previewHeight(frame)
    let top = previewTop(frame)
    for row in top..<(top + height) {
      buffer.put("│", row: row, column: left - 2, style: .muted)
    }
    if case .failure(let problem)? = state.preview?.text {
      buffer.put("Preview", row: frame.top + 2, column: left, style: .muted)
      for (offset, line) in wrap("No export: \(problem.reason)", width: width).prefix(height)
        .enumerated()
      {
        buffer.put(line, row: top + offset, column: left, style: .bad)
      }
      return
    }
    let rows = previewRows(state, width: width)
    let lineCount = (try? state.preview?.text.get()).map { lines(of: $0).count } ?? 0
    let scroll = max(0, min(state.scroll, rows.count - height))
    let shown = rows.dropFirst(scroll).prefix(height)
    var heading = "Preview  ·  \(lineCount) \(lineCount == 1 ? "line" : "lines")"
    if rows.count > height, let first = shown.first?.line, let last = shown.last?.line {
      heading = "Preview  ·  lines \(first)–\(last) of \(lineCount)"
    }
    buffer.put(heading, row: frame.top + 2, column: left, style: .muted, maxWidth: width)
    for (offset, row) in shown.enumerated() {
      buffer.put(row.text, row: top + offset, column: left, maxWidth: width)
    }
  }

  private static func drawFile(
    _ workbook: WorkbookState, folder: String, messages: Messages, into buffer: inout ScreenBuffer,
    frame: ContentFrame
  ) {
    let state = workbook.export
    let row = frame.bottom - footerHeight + 1
    let fieldLeft = frame.left + fileLabel.count
    buffer.put(fileLabel, row: row, column: frame.left, style: .heading)
    if var editor = state.fileEditor {
      editor.resize(to: FieldSize(width: fileFieldWidth(frame), height: 1))
      editor.draw(into: &buffer, at: Position(row: row, column: fieldLeft), style: .selected)
      editor.drawHints(into: &buffer, row: row + 1, column: fieldLeft, messages: messages)
      return
    }
    let name =
      state.fileName
      ?? ExportFileName.defaultName(title: workbook.session.title, choice: state.choice)
    buffer.put(name, row: row, column: fieldLeft, maxWidth: fileFieldWidth(frame))
    let path = ExportFileName.resolve(name, in: folder)
    buffer.put(
      "writes to " + path, row: row + 1, column: fieldLeft, style: .muted,
      maxWidth: fileFieldWidth(frame))
    let write = KeyBinding.key(for: .export(.write), in: KeyBinding.export)
    let rename = KeyBinding.key(for: .export(.editFileName), in: KeyBinding.export)
    let (text, style): (String, TextStyle) =
      switch state.outcome {
      // As `workbook export` does by default, and the preview shows it.
      case .none where ExportChoice.withholdsScores(workbook.session):
        (
          "Press \(write) to write the file, \(rename) to change its name. Until the scores are "
            + "revealed it "
            + "holds no one's scores, only who has scored.", .muted
        )
      case .none: ("Press \(write) to write the file, \(rename) to change its name.", .muted)
      case .writing: ("Writing…", .muted)
      case .written(let path): ("Written to \(path)", .good)
      case .failed(let reason):
        (
          "Not written: \(reason). Change the name with \(rename), or the folder, and press "
            + "\(write) again.", .bad
        )
      }
    for (offset, line) in wrap(text, width: frame.width).prefix(2).enumerated() {
      buffer.put(line, row: row + 2 + offset, column: frame.left, style: style)
    }
  }
}
