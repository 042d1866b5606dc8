import WorkbookCore

/// The Results' table: one row per score item. A workshop's columns are the distribution, mean,
/// median, spread, band and agreement; one person alone has a score and a band, since a spread or
/// an agreement of one voice says nothing. On a wider terminal the distribution's blocks widen
/// and the gaps grow.
///
/// A session based on an earlier one has a "Then" column after the mean (or the score): last
/// time's mean and which way it moved (`ResultsChange`).
struct ResultsTable {
  let alone: Bool
  let compared: Bool
  /// Cells per score value in the distribution column.
  let blockWidth: Int
  let widths: [Int]
  let gap: Int
  let messages: Messages

  /// The column of the marker "discuss", or of the agreement when there is no room for it.
  var splitColumn: Int? { alone ? nil : widths.count - 1 }

  init(
    width: Int, longestTitle: Int, alone: Bool, compared: Bool = false,
    messages: Messages = .english
  ) {
    self.alone = alone
    self.compared = compared
    self.messages = messages
    blockWidth = width >= 180 ? 3 : width >= 110 ? 2 : 1
    let distribution = 5 * blockWidth + 4
    // Each column as wide as its heading and its words in the screens' language, and at least
    // as wide as English needs. A person's answer may be cut ("not answe…"), as in English.
    func widest(_ least: Int, _ keys: MessageKey...) -> Int {
      keys.map { messages($0).displayWidth }.reduce(least, max)
    }
    let band = widest(4, .stepsColumnBand, .stepsBandHigh, .stepsBandLow)
    var fixed =
      alone
      ? [widest(10, .stepsColumnYourScore), band]
      : [
        distribution, widest(4, .stepsColumnMean), widest(6, .stepsColumnMedian),
        widest(6, .stepsColumnSpread), band,
        widest(
          9, .stepsColumnAgreement, .stepsAgreementConsensus, .stepsAgreementVariance,
          .stepsResultsTooFew),
      ]
    // "↑2.3": four columns, so that the shipped content's titles still fit 80 columns whole.
    if compared { fixed.insert(widest(4, .stepsColumnThen), at: alone ? 1 : 2) }
    // "discuss" repeats what "Variance" says: it shows where the titles leave room for it.
    let discuss = widest(7, .stepsResultsDiscuss)
    if !alone, width - 2 - fixed.reduce(0, +) - discuss - fixed.count - 1 >= longestTitle {
      fixed.append(discuss)
    }
    let room = width - 2 - fixed.reduce(0, +)
    gap = (1...4).reversed().first { room - $0 * fixed.count >= longestTitle } ?? 1
    widths = [max(10, min(longestTitle, room - gap * fixed.count))] + fixed
  }

  /// The column of last time's mean, when the session is compared with an earlier one.
  var thenColumn: Int? { compared ? (alone ? 2 : 3) : nil }

  var headings: [String] {
    var headings =
      alone
      ? [messages(.stepsColumnItem), messages(.stepsColumnYourScore), messages(.stepsColumnBand)]
      : [
        messages(.stepsColumnItem),
        (1...5).map { "\($0)".padded(to: blockWidth) }.joined(separator: " "),
        messages(.stepsColumnMean), messages(.stepsColumnMedian), messages(.stepsColumnSpread),
        messages(.stepsColumnBand), messages(.stepsColumnAgreement), "",
      ]
    if let thenColumn { headings.insert(messages(.stepsColumnThen), at: thenColumn) }
    return Array(headings.prefix(widths.count))
  }

  func cells(
    _ item: ScoreItem, _ result: ItemResult, answer: ScoreAnswer?, change: ResultsChange? = nil
  ) -> [String] {
    var cells = plainCells(item, result, answer: answer)
    if let thenColumn { cells.insert(change?.cell ?? "–", at: thenColumn) }
    return Array(cells.prefix(widths.count))
  }

  private func plainCells(_ item: ScoreItem, _ result: ItemResult, answer: ScoreAnswer?)
    -> [String]
  {
    if alone {
      return [
        item.title, answer?.displayText(messages) ?? messages(.stepsAnswerNotAnswered),
        result.band?.text(messages) ?? "–",
      ]
    }
    let mean: String = result.mean.map(ResultsView.oneDecimal) ?? "–"
    let median: String = result.median.map(ResultsView.figure) ?? "–"
    let spread: String = result.spread.map(String.init) ?? "–"
    let agreement: String =
      result.agreement?.text(messages)
      ?? (result.tooFewAnswers ? messages(.stepsResultsTooFew) : "–")
    let cells: [String] = [
      item.title, distribution(result.distribution), mean, median, spread,
      result.band?.text(messages) ?? "–", agreement,
      result.needsDiscussion ? messages(.stepsResultsDiscuss) : "",
    ]
    return cells
  }

  /// The blocks from the lowest to the highest, made once: splitting their text into characters
  /// on every row cost more than the rest of the row.
  private static let levels = Array("▁▂▃▄▅▆▇█")

  /// The distribution as a row of blocks, one group per score value, each as tall as its share
  /// of the most common score; "·" for none.
  func distribution(_ counts: [Int]) -> String {
    let most = counts.max() ?? 0
    return counts.map { count in
      guard count > 0, most > 0 else { return "·".padded(to: blockWidth) }
      let level = Self.levels[(count * Self.levels.count + most - 1) / most - 1]
      return String(repeating: level, count: blockWidth)
    }.joined(separator: " ")
  }

  /// `splitStyle`, `thenStyle`: the style of the `splitColumn` and `thenColumn` cells, when it
  /// differs from the row's.
  func put(
    _ texts: [String], row: Int, left: Int, style: TextStyle, into buffer: inout ScreenBuffer,
    splitStyle: TextStyle? = nil, thenStyle: TextStyle? = nil
  ) {
    var column = left + 2
    // A few columns: an array, not a set, which would be hashed anew for every row.
    var numeric: [Int] = alone ? [] : [2, 3, 4]
    if let thenColumn {
      numeric = numeric.map { $0 >= thenColumn ? $0 + 1 : $0 } + [thenColumn]
    }
    for (index, (text, width)) in zip(texts, widths).enumerated() {
      let shown = text.truncated(to: width)
      // Numbers are right-aligned so they line up.
      let x = numeric.contains(index) ? column + width - shown.displayWidth : column
      let cellStyle =
        index == splitColumn
        ? (splitStyle ?? style) : index == thenColumn ? (thenStyle ?? style) : style
      buffer.put(shown, row: row, column: x, style: cellStyle)
      column += width + gap
    }
  }
}
