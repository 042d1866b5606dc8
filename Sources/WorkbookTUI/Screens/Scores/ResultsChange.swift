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
  func sentence(_ messages: Messages) -> String {
    if let reason = comparison.notCompared {
      return messages(.stepsChangeNotCompared, reason.text(messages))
    }
    func figures(_ figures: ItemFigures?) -> String {
      guard let figures, let mean = figures.mean else { return messages(.stepsChangeNoScores) }
      guard let agreement = figures.agreement else { return ResultsView.oneDecimal(mean) }
      return messages(.stepsChangeFigures, ResultsView.oneDecimal(mean), agreement.text(messages))
    }
    var change: [String] = []
    switch comparison.meanChange {
    case .rose: change.append(messages(.stepsChangeRose))
    case .fell: change.append(messages(.stepsChangeFell))
    case .same: change.append(messages(.stepsChangeSame))
    case nil: break
    }
    switch comparison.agreementChange {
    case .newlySplit: change.append(messages(.stepsChangeNewlySplit))
    case .newlyAgreed: change.append(messages(.stepsChangeNewlyAgreed))
    case .unchanged, nil: break
    }
    let then = figures(comparison.then)
    let now = figures(comparison.now)
    return change.isEmpty
      ? messages(.stepsChangeSentence, then, now)
      : messages(.stepsChangeSentenceMoved, then, now, change.joined(separator: ", "))
  }
}
