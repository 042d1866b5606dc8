import WorkbookCore

/// An item's change against the earlier session the Results show beside its figures: in the table
/// an arrow and last time's mean ("↑2.3"), under the selected item the figures then and now in
/// words. The arrow and the words carry the direction; the colour only repeats it.
struct ResultsChange {
  let comparison: ItemComparison

  /// "↑", "↓" or "=" by the mean's move; "–" when the item is not compared.
  var arrow: String {
    switch comparison.meanChange {
    case .rose: "↑"
    case .fell: "↓"
    case .same: "="
    case nil: "–"
    }
  }

  /// The table's cell: the arrow and last time's mean, or "–".
  var cell: String {
    guard comparison.notCompared == nil, let mean = comparison.then?.mean else { return "–" }
    return arrow + ResultsView.oneDecimal(mean)
  }

  var style: TextStyle {
    switch comparison.meanChange {
    case .rose: .good
    case .fell: .bad
    case .same, nil: .normal
    }
  }

  /// "Last time 2.3, Consensus; now 2.7, Variance: ↑ rose, newly split", or why the item is not
  /// compared.
  var sentence: String {
    if let reason = comparison.notCompared { return "Last time: \(reason.text)." }
    func figures(_ figures: ItemFigures?) -> String {
      guard let figures, let mean = figures.mean else { return "no scores" }
      let agreement = figures.agreement.map { ", \($0.label)" } ?? ""
      return ResultsView.oneDecimal(mean) + agreement
    }
    var change: [String] = []
    switch comparison.meanChange {
    case .rose: change.append("↑ rose")
    case .fell: change.append("↓ fell")
    case .same: change.append("= about the same")
    case nil: break
    }
    if let agreement = comparison.agreementChange, agreement != .unchanged {
      change.append(agreement.label)
    }
    let text = "Last time \(figures(comparison.then)); now \(figures(comparison.now))"
    return change.isEmpty ? text + "." : text + ": " + change.joined(separator: ", ") + "."
  }
}
