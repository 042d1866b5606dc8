/// The report's words for the model's values (a status, a band, a change), from the messages.
/// The values' `label`s stay English for the screens until they too speak from the messages.
extension Report {
  static func status(_ status: ReviewStatus, _ m: Messages) -> String {
    switch status {
    case .notReviewed: m(.exportStatusNotReviewed)
    case .alreadyDoing: m(.exportStatusAlreadyDoing)
    case .tryNext: m(.exportStatusTryNext)
    case .notForNow: m(.exportStatusNotForNow)
    case .notApplicable: m(.exportStatusNotApplicable)
    }
  }

  static func priority(_ priority: Priority, _ m: Messages) -> String {
    switch priority {
    case .high: m(.exportPriorityHigh)
    case .medium: m(.exportPriorityMedium)
    case .low: m(.exportPriorityLow)
    }
  }

  static func band(_ band: Band, _ m: Messages) -> String {
    band == .high ? m(.exportBandHigh) : m(.exportBandLow)
  }

  static func agreement(_ agreement: Agreement, _ m: Messages) -> String {
    agreement == .consensus ? m(.exportAgreementConsensus) : m(.exportAgreementVariance)
  }

  static func outcome(_ outcome: PlanRowOutcome, _ m: Messages) -> String {
    switch outcome {
    case .notReviewed: m(.exportOutcomeNotReviewed)
    case .done: m(.exportOutcomeDone)
    case .inProgress: m(.exportOutcomeInProgress)
    case .dropped: m(.exportOutcomeDropped)
    case .carried: m(.exportOutcomeCarried)
    }
  }

  /// "rose from 2.5 to 3.5; newly split" and the like: `ItemComparison.changeText` in the
  /// messages' language.
  static func change(_ item: ItemComparison, _ m: Messages) -> String {
    if let reason = item.notCompared { return notCompared(reason, m) }
    var parts: [String] = []
    if let meanChange = item.meanChange, let before = item.then?.mean, let after = item.now?.mean {
      let from = ExportNumber.text(before)
      let to = ExportNumber.text(after)
      switch meanChange {
      case .rose: parts.append(m(.exportChangeRose, from, to))
      case .fell: parts.append(m(.exportChangeFell, from, to))
      case .same: parts.append(m(.exportChangeSame, to))
      }
    } else {
      switch (item.then?.mean, item.now?.mean) {
      case (nil, nil): parts.append(m(.exportChangeNoScores))
      case (nil, _): parts.append(m(.exportChangeNoScoresThen))
      default: parts.append(m(.exportChangeNoScoresNow))
      }
    }
    switch item.agreementChange {
    case .newlySplit: parts.append(m(.exportChangeNewlySplit))
    case .newlyAgreed: parts.append(m(.exportChangeNewlyAgreed))
    case .unchanged, nil: break
    }
    return parts.joined(separator: "; ")
  }

  private static func notCompared(_ reason: NotComparedReason, _ m: Messages) -> String {
    switch reason {
    case .differentStrategy: m(.exportNotComparedDifferentStrategy)
    case .notInEarlier: m(.exportNotComparedNotInEarlier)
    case .notInLater: m(.exportNotComparedNotInLater)
    case .reworded: m(.exportNotComparedReworded)
    case .earlierNotRevealed: m(.exportNotComparedEarlierNotRevealed)
    case .laterNotRevealed: m(.exportNotComparedLaterNotRevealed)
    }
  }
}
