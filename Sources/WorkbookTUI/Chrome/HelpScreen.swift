/// The keys of the screen underneath, generated from the keymap, grouped by where they apply.
/// When one column would run off the bottom, the groups are set in two, never split.
enum HelpScreen {
  private struct Group {
    var title: String
    var lines: [(keys: String, text: String)]
  }

  static func draw(_ state: AppState, into buffer: inout ScreenBuffer, frame: ContentFrame) {
    for row in 1..<(buffer.height - 1) { buffer.fill(row: row, style: .normal) }
    buffer.put(state.messages(.tuiHelpKeys), row: frame.top, column: frame.left, style: .heading)
    let groups = groups(for: state)
    let rows = max(1, frame.height - 2)
    let keysWidth = min(16, (groups.flatMap(\.lines).map(\.keys.displayWidth).max() ?? 0) + 2)
    // Descriptions wrap, never cut: a group's height depends on the column's width.
    func height(_ group: Group, width: Int) -> Int {
      1 + group.lines.reduce(0) { $0 + max(1, wrap($1.text, width: width - keysWidth - 2).count) }
    }
    let oneColumn = groups.reduce(0) { $0 + height($1, width: frame.width) + 1 } - 1
    let columnWidth = oneColumn > rows ? (frame.width - 2) / 2 : frame.width
    var columns: [[Group]] = [[]]
    var used = 0
    for group in groups {
      let groupHeight = height(group, width: columnWidth) + (used == 0 ? 0 : 1)
      if oneColumn > rows, used + groupHeight > rows, columns.count == 1, used > 0 {
        columns.append([])
        used = 0
      }
      columns[columns.count - 1].append(group)
      used += height(group, width: columnWidth) + (used == 0 ? 0 : 1)
    }
    for (index, column) in columns.enumerated() {
      // Each column's keys as wide as its own widest: descriptions get the rest, and wrap less.
      let ownKeysWidth = min(
        keysWidth, (column.flatMap(\.lines).map(\.keys.displayWidth).max() ?? 0) + 2)
      draw(
        column, into: &buffer, left: frame.left + index * (columnWidth + 2), top: frame.top + 2,
        width: columnWidth, keysWidth: ownKeysWidth, rows: rows)
    }
  }

  private static func draw(
    _ groups: [Group], into buffer: inout ScreenBuffer, left: Int, top: Int, width: Int,
    keysWidth: Int, rows: Int
  ) {
    var row = top
    for group in groups {
      if row > top { row += 1 }
      guard row < top + rows else { return }
      buffer.put(group.title, row: row, column: left, style: .heading)
      row += 1
      for line in group.lines where row < top + rows {
        buffer.put(line.keys, row: row, column: left + 2, style: .accent, maxWidth: keysWidth - 1)
        for text in wrap(line.text, width: width - keysWidth - 2) where row < top + rows {
          buffer.put(text, row: row, column: left + 2 + keysWidth)
          row += 1
        }
      }
    }
  }

  /// The bindings of the screen underneath (not of the help itself), by heading; bindings with
  /// the same description under one heading share a line.
  private static func groups(for state: AppState) -> [Group] {
    var underneath = state
    underneath.showingHelp = false
    var headed: [(title: String, bindings: [KeyBinding])] = []
    for (context, bindings) in Keymap.activeBindings(in: underneath) {
      if headed.last?.title == state.messages(context.titleKey) {
        headed[headed.count - 1].bindings += bindings
      } else {
        headed.append((state.messages(context.titleKey), bindings))
      }
    }
    return headed.map { title, bindings in
      Group(
        title: title,
        lines: Keymap.lines(bindings, messages: state.messages) {
          $0.helpKeys ?? $0.keys.map(\.label).joined(separator: " ")
        }
      )
    }.filter { !$0.lines.isEmpty }
  }
}
